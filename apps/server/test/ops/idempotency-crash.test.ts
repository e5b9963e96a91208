import postgres from 'postgres';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../helpers/app.js';
import { ADMIN, adminToken, killHard, PROCESS_JWT_SECRET, startOn } from '../helpers/league-process.js';
import type { RunningServer } from '../helpers/process.js';

const started: RunningServer[] = [];
afterAll(async () => {
  for (const server of started) if (server.child.exitCode === null) await server.stop();
});

function keyedTeam(baseUrl: string, token: string, name: string) {
  return fetch(`${baseUrl}/api/v1/teams`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${token}`,
      'idempotency-key': name.replaceAll(' ', '-'),
    },
    body: JSON.stringify({ name }),
  });
}

describe('Idempotency-Key across kill -9 (item 1)', () => {
  it('replays committed writes with their real response and lets died claims be retried after the deadline', async () => {
    const url = await createTestDatabase();
    // A short deadline (1 s statement + 1 s connect = 2 s; claims live 5 s longer) keeps the test quick.
    const env = {
      DATABASE_URL: url,
      JWT_SECRET: PROCESS_JWT_SECRET,
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      RATE_LIMIT_MAX: '1000000',
      DB_STATEMENT_TIMEOUT_MS: '1000',
      DB_CONNECT_TIMEOUT_SECONDS: '1',
    };
    const first = await startOn(env);
    started.push(first);
    const token = await adminToken(first.baseUrl);

    const done = Array.from({ length: 10 }, (_, i) => `Done ${i}`);
    const answered = new Map<string, string>();
    for (const name of done) answered.set(name, await (await keyedTeam(first.baseUrl, token, name)).text());

    // The next writes stay in flight: a trigger holds each insert for a while, then the server is killed.
    const sql = postgres(url, { max: 1, onnotice: () => {} });
    await sql.unsafe(`
      CREATE FUNCTION test_slow_insert() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN PERFORM pg_sleep(0.8); RETURN NEW; END $$;
      CREATE TRIGGER test_slow_insert BEFORE INSERT ON teams FOR EACH ROW EXECUTE FUNCTION test_slow_insert();`);
    const inFlight = Array.from({ length: 20 }, (_, i) => `In flight ${i}`);
    const pending = inFlight.map((name) => keyedTeam(first.baseUrl, token, name).catch(() => null));
    await new Promise((resolve) => setTimeout(resolve, 400));
    await killHard(first);
    await Promise.all(pending);
    await sql.unsafe('DROP TRIGGER test_slow_insert ON teams');

    const second = await startOn(env);
    started.push(second);
    // Retries within the claim's life may be told "still being processed"; after it, every key goes through.
    await new Promise((resolve) => setTimeout(resolve, 7_500));
    const token2 = await adminToken(second.baseUrl);
    for (const name of done) {
      const replay = await keyedTeam(second.baseUrl, token2, name);
      expect(replay.status).toBe(201);
      expect(replay.headers.get('idempotent-replayed')).toBe('true');
      expect(await replay.text()).toBe(answered.get(name));
    }
    for (const name of inFlight) {
      const retry = await keyedTeam(second.baseUrl, token2, name);
      expect(retry.status, `${name}: ${await retry.clone().text()}`).toBe(201);
    }
    const counts = await sql<{ name: string; n: number }[]>`
      SELECT name, count(*)::int AS n FROM teams WHERE name LIKE 'Done %' OR name LIKE 'In flight %' GROUP BY name`;
    expect(counts).toHaveLength(30);
    expect(counts.every((row) => row.n === 1)).toBe(true);
    // A claim that committed has its response stored in the same transaction: none is left pending.
    const [left] = await sql`SELECT count(*)::int AS n FROM idempotency_keys WHERE status_code = 0`;
    expect(left?.n).toBe(0);
    await sql.end();
    expect(await second.stop()).toBe(0);
  }, 180_000);
});
