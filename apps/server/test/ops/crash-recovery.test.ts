import postgres from 'postgres';
import { afterAll, describe, expect, it } from 'vitest';
import { alive as isAlive } from '../../src/db/postmaster-pid.js';
import { createTestDatabase } from '../helpers/app.js';
import {
  ADMIN,
  adminToken,
  embeddedDataDir,
  killHard,
  PROCESS_JWT_SECRET,
  postmasterPid,
  startOn,
  waitFor,
} from '../helpers/league-process.js';
import type { RunningServer } from '../helpers/process.js';

const started: RunningServer[] = [];
const cleanups: Array<() => Promise<void>> = [];
afterAll(async () => {
  for (const server of started) if (server.child.exitCode === null) await server.stop();
  for (const cleanup of cleanups) await cleanup();
});

async function createTeam(baseUrl: string, token: string, name: string): Promise<number> {
  const response = await fetch(`${baseUrl}/api/v1/teams`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ name }),
  });
  return response.status;
}

describe('crash recovery of the real process', () => {
  it('after kill -9 of the server, the next start stops the orphaned postmaster and goes on (item 3)', async () => {
    const data = await embeddedDataDir();
    cleanups.push(data.cleanup);
    const first = await startOn(data.env);
    started.push(first);
    expect(await createTeam(first.baseUrl, await adminToken(first.baseUrl), 'Before the crash')).toBe(201);
    const orphan = await postmasterPid(data.dir);
    await killHard(first);
    expect(isAlive(orphan)).toBe(true);

    const second = await startOn(data.env);
    started.push(second);
    expect(second.output()).toContain('left running by a previous server');
    expect(isAlive(orphan)).toBe(false);
    const teams = await fetch(`${second.baseUrl}/api/v1/teams?q=crash`).then((r) => r.json());
    expect(JSON.stringify(teams)).toContain('Before the crash');
    expect(await second.stop()).toBe(0);
  });

  it('restarts a postmaster killed under write load; the API answers 503 meanwhile and never exits (items 2, 4)', async () => {
    const data = await embeddedDataDir();
    cleanups.push(data.cleanup);
    const server = await startOn(data.env);
    started.push(server);
    const token = await adminToken(server.baseUrl);
    const statuses = new Map<number, number>();
    let writing = true;
    let n = 0;
    const writers = Array.from({ length: 8 }, async () => {
      while (writing) {
        const status = await createTeam(server.baseUrl, token, `Load ${n++}`).catch(() => -1);
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
      }
    });
    await new Promise((resolve) => setTimeout(resolve, 500));
    process.kill(await postmasterPid(data.dir), 'SIGKILL');

    await waitFor(
      async () => (await fetch(`${server.baseUrl}/health/ready`)).status === 503,
      10_000,
      'readiness to report the outage',
    );
    expect((await fetch(`${server.baseUrl}/health/live`)).status).toBe(200);
    await waitFor(
      async () => (await fetch(`${server.baseUrl}/health/ready`)).status === 200,
      45_000,
      'the supervisor to restart PostgreSQL',
    );
    await new Promise((resolve) => setTimeout(resolve, 500));
    writing = false;
    await Promise.all(writers);

    expect(server.child.exitCode).toBeNull();
    expect(await createTeam(server.baseUrl, token, 'After the restart')).toBe(201);
    // Writes either succeeded or were refused as "database unavailable": never a 500, never a dropped socket.
    expect([...statuses.keys()].filter((status) => status !== 201 && status !== 503)).toEqual([]);
    expect(statuses.get(201)).toBeGreaterThan(0);
    const ready = (await fetch(`${server.baseUrl}/health/ready`).then((r) => r.json())) as {
      postmaster: { restarts: number };
    };
    expect(ready.postmaster.restarts).toBe(1);
    const metrics = await fetch(`${server.baseUrl}/metrics`).then((r) => r.text());
    expect(metrics).toMatch(/pingpong_embedded_postgres_restarts 1/);
    expect(server.output()).toContain('exited unexpectedly');
    expect(await server.stop()).toBe(0);
  }, 180_000);

  it('two instances starting together on an empty database both start, with one first admin (item 8)', async () => {
    const { adminUrl } = (await import('vitest')).inject('postgres');
    const url = await createTestDatabase();
    const name = new URL(url).pathname.slice(1);
    // An empty database: drop the cloned one and create it bare, so both instances migrate it.
    const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
    await admin.unsafe(`DROP DATABASE ${name}`);
    await admin.unsafe(`CREATE DATABASE ${name}`);
    await admin.end();
    const env = {
      DATABASE_URL: url,
      JWT_SECRET: PROCESS_JWT_SECRET,
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
    };
    const pair = await Promise.all([startOn(env), startOn(env)]);
    started.push(...pair);
    const sql = postgres(url, { max: 1, onnotice: () => {} });
    const [row] = await sql`SELECT count(*)::int AS admins FROM users WHERE role = 'ADMIN'`;
    await sql.end();
    expect(row?.admins).toBe(1);
    for (const server of pair) expect(await server.stop()).toBe(0);
  });
});
