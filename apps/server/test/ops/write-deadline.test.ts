import { mkdtemp, rm } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import postgres from 'postgres';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RequestDeadline } from '../../src/db/request-transaction.js';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { newPlayer } from '../helpers/factories.js';
import { imageFile } from '../helpers/multipart.js';

let t: TestApp;
let uploadDir: string;
beforeAll(async () => {
  // Deadline = 3 s statement timeout + 1 s connect timeout = 4 s.
  uploadDir = await mkdtemp(path.join(tmpdir(), 'pingpong-deadline-'));
  t = await createTestApp(
    { DB_STATEMENT_TIMEOUT_MS: '3000', DB_CONNECT_TIMEOUT_SECONDS: '1', UPLOAD_DIR: uploadDir },
    { listen: true },
  );
});
afterAll(async () => {
  await t.close();
  await rm(uploadDir, { recursive: true, force: true });
});

async function createTeam(name: string): Promise<string> {
  const response = await t.request({ method: 'POST', url: '/api/v1/teams', as: 'admin', payload: { name } });
  expect(response.statusCode).toBe(201);
  return response.json().data.id;
}

/** The app's statements waiting on a lock right now. */
async function waitingOnLocks(sql: postgres.Sql): Promise<number> {
  const [row] = await sql<{ n: number }[]>`
    SELECT count(*)::int AS n FROM pg_stat_activity
     WHERE application_name = 'pingpong-league' AND wait_event_type = 'Lock'`;
  return row?.n ?? 0;
}

describe('every write stops at its deadline (issue 10 item 7)', () => {
  it('cancels a write without an Idempotency-Key blocked on row locks at the deadline: 503, nothing committed', async () => {
    const edited = await createTeam('Locked Club');
    const other = await createTeam('Other Club');
    // The audit row of the edit waits on a row of another team, as a ledger write waits on player rows.
    await t.database.sql.unsafe(`
      CREATE FUNCTION test_lock_other() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN PERFORM 1 FROM teams WHERE id = '${other}' FOR UPDATE; RETURN NEW; END $$;
      CREATE TRIGGER test_lock_other BEFORE INSERT ON audit_events FOR EACH ROW EXECUTE FUNCTION test_lock_other();`);
    // Two other sessions: one holds the edited team for 2.5 s, the other holds the second team throughout.
    // Each wait alone stays under the 3 s statement timeout; the second would end only at 5.5 s.
    const lockers = postgres(t.url, { max: 2, onnotice: () => {} });
    let release = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    const holdingOther = lockers.begin(async (tx) => {
      await tx`SELECT 1 FROM teams WHERE id = ${other} FOR UPDATE`;
      await released;
    });
    const holdingEdited = lockers.begin(async (tx) => {
      await tx`SELECT 1 FROM teams WHERE id = ${edited} FOR UPDATE`;
      await new Promise((resolve) => setTimeout(resolve, 2_500));
    });
    try {
      await new Promise((resolve) => setTimeout(resolve, 200));
      const started = Date.now();
      const response = await t.request({
        method: 'PATCH',
        url: `/api/v1/teams/${edited}`,
        as: 'admin',
        payload: { name: 'Renamed Too Late' },
      });
      expect(response.statusCode).toBe(503);
      expect(response.json().error_code).toBe('REQUEST_TIMEOUT');
      await holdingEdited;
      // Cancelled at the deadline (4 s), not left waiting until statement_timeout (about 5.5 s) or longer.
      let stillWaiting = await waitingOnLocks(t.database.sql);
      while (stillWaiting > 0 && Date.now() - started < 10_000) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        stillWaiting = await waitingOnLocks(t.database.sql);
      }
      expect(stillWaiting).toBe(0);
      expect(Date.now() - started).toBeLessThan(4_900);
      // Once the other lock goes the statement does not come back to life and commit.
      release();
      await holdingOther;
      await new Promise((resolve) => setTimeout(resolve, 500));
      const [team] = await t.database.sql<{ name: string }[]>`SELECT name FROM teams WHERE id = ${edited}`;
      expect(team?.name).toBe('Locked Club');
      const health = await t.request({ method: 'GET', url: '/health/ready' });
      expect(health.statusCode).toBe(200);
    } finally {
      release();
      await Promise.allSettled([holdingOther, holdingEdited]);
      await lockers.end();
      await t.database.sql.unsafe(`DROP TRIGGER test_lock_other ON audit_events;`);
    }
  });

  it('refuses a statement the handler sends after the deadline', async () => {
    const deadline = new RequestDeadline(Date.now() - 1);
    let cancelled = false;
    expect(() => deadline.track({ cancel: () => (cancelled = true) })).toThrow(/in time/);
    expect(cancelled).toBe(false);
  });

  it('keeps the longer deadline of a photo upload: a body arriving over 6 s still gets its avatar', async () => {
    const player = await newPlayer(t);
    const image = await sharp({ create: { width: 64, height: 64, channels: 3, background: '#3366cc' } })
      .jpeg()
      .toBuffer();
    const { payload, headers } = imageFile('avatar', image);
    const { port } = new URL(t.baseUrl);
    const socket = connect(Number(port), '127.0.0.1');
    let answer = '';
    socket.on('data', (chunk) => (answer += chunk));
    const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
    socket.write(
      `POST /api/v1/players/${player.id}/avatar HTTP/1.1\r\nHost: x\r\nConnection: close\r\n` +
        `Authorization: Bearer ${t.tokens.admin}\r\nContent-Type: ${headers['content-type']}\r\n` +
        `Content-Length: ${payload.length}\r\n\r\n`,
    );
    // Past the 4 s write deadline before the last bytes arrive, well within the upload's own deadline.
    const pieces = 4;
    const size = Math.ceil(payload.length / pieces);
    for (let i = 0; i < pieces; i++) {
      socket.write(payload.subarray(i * size, (i + 1) * size));
      await new Promise((resolve) => setTimeout(resolve, 1_500));
    }
    await Promise.race([closed, new Promise((resolve) => setTimeout(resolve, 10_000))]);
    socket.destroy();
    expect(answer).toMatch(/^HTTP\/1.1 200/);
    const stored = await t.request({ method: 'GET', url: `/api/v1/players/${player.id}` });
    expect(stored.json().data.avatar_url).toMatch(/^\/uploads\//);
  });
});
