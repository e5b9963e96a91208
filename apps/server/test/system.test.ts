import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import postgres from 'postgres';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { buildApp } from '../src/app.js';
import { connectDatabase } from '../src/db/client.js';
import { startEmbeddedPostgres } from '../src/db/embedded.js';
import { runMigrations } from '../src/db/migrate.js';
import { freePort } from './global-setup.js';
import { createTestDatabase, JWT_SECRET, testConfig } from './helpers/app.js';
import { startServerProcess } from './helpers/process.js';

// biome-ignore lint/suspicious/noExplicitAny: response bodies are checked by the assertions below
type Json = any;

const dirs: string[] = [];
async function tempDir() {
  const dir = await mkdtemp(path.join(tmpdir(), 'pingpong-system-'));
  dirs.push(dir);
  return dir;
}
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

const ADMIN = { ADMIN_EMAIL: 'owner@league.test', ADMIN_PASSWORD: 'owner-password' };

async function signIn(baseUrl: string) {
  const response = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: ADMIN.ADMIN_EMAIL, password: ADMIN.ADMIN_PASSWORD }),
  });
  expect(response.status).toBe(200);
  return ((await response.json()) as { data: { token: string } }).data.token;
}

describe('the server process with the embedded database', () => {
  it('starts, keeps its data and its signing key across a restart, and shuts down cleanly', async () => {
    const dataDir = await tempDir();
    const env = { ...ADMIN, DATA_DIR: dataDir, EMBEDDED_DB_PORT: String(await freePort()) };
    const first = await startServerProcess(env, await freePort());
    const health = (await (await fetch(`${first.baseUrl}/api/v1/health`)).json()) as Json;
    expect(health).toMatchObject({ status: 'ok', database: 'ok' });
    const token = await signIn(first.baseUrl);
    const created = await fetch(`${first.baseUrl}/api/v1/teams`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ name: 'Persistent Paddlers' }),
    });
    expect(created.status).toBe(201);
    expect(await first.stop()).toBe(0);
    expect(existsSync(path.join(dataDir, 'postgres', 'PG_VERSION'))).toBe(true);

    const second = await startServerProcess(env, await freePort());
    const teams = (await (await fetch(`${second.baseUrl}/api/v1/teams?q=persistent`)).json()) as Json;
    expect(teams.data.map((team: { name: string }) => team.name)).toEqual(['Persistent Paddlers']);
    const me = await fetch(`${second.baseUrl}/api/v1/auth/me`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(me.status).toBe(200);
    const users = (await (
      await fetch(`${second.baseUrl}/api/v1/users`, { headers: { authorization: `Bearer ${token}` } })
    ).json()) as Json;
    expect(users.meta.total).toBe(1);
    expect(await second.stop()).toBe(0);
  });

  it('connects to an external server from DATABASE_URL and migrates an empty database', async () => {
    const { adminUrl } = inject('postgres');
    const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
    await admin.unsafe('CREATE DATABASE external_league');
    await admin.end();
    const dataDir = await tempDir();
    const server = await startServerProcess(
      { ...ADMIN, DATA_DIR: dataDir, DATABASE_URL: adminUrl.replace(/\/postgres$/, '/external_league') },
      await freePort(),
    );
    const ranks = (await (await fetch(`${server.baseUrl}/api/v1/ranks`)).json()) as Json;
    expect(ranks.data).toHaveLength(9);
    expect(existsSync(path.join(dataDir, 'postgres'))).toBe(false);
    const code = await server.stop();
    expect(code, server.output()).toBe(0);
  });

  it('stops at start-up with one line naming a bad variable', async () => {
    await expect(startServerProcess({ PORT: 'eighty' }, await freePort())).rejects.toThrow(
      /Invalid configuration: PORT/,
    );
  });
});

describe('npm run user:create', () => {
  it('adds an account to the configured database, refusing a duplicate', async () => {
    const url = await createTestDatabase();
    const run = (email: string) =>
      new Promise<{ code: number | null; output: string }>((resolve) => {
        const child = spawn(
          process.execPath,
          [
            '--import',
            'tsx',
            'src/cli/create-user.ts',
            '--email',
            email,
            '--password',
            'referee-pass',
            '--role',
            'MODERATOR',
          ],
          {
            cwd: path.resolve(import.meta.dirname, '..'),
            env: { ...process.env, DATABASE_URL: url, NODE_ENV: 'test' },
          },
        );
        let output = '';
        child.stdout.on('data', (chunk) => (output += chunk));
        child.stderr.on('data', (chunk) => (output += chunk));
        child.on('exit', (code) => resolve({ code, output }));
      });
    const created = await run('referee@league.test');
    expect(created.code, created.output).toBe(0);
    expect(created.output).toMatch(/Created MODERATOR referee@league.test/);
    const duplicate = await run('REFEREE@league.test');
    expect(duplicate.code).toBe(1);
    expect(duplicate.output).toMatch(/already exists/);
    const sql = postgres(url, { max: 1 });
    const [row] = await sql`SELECT role FROM users WHERE email = 'referee@league.test'`;
    await sql.end();
    expect(row?.role).toBe('MODERATOR');
  });
});

describe('health while the database comes and goes', () => {
  it('reports 503 DATABASE_UNAVAILABLE while it is down and recovers without a restart', async () => {
    const dataDir = await tempDir();
    const port = await freePort();
    let server = await startEmbeddedPostgres({ dataDir, port });
    await runMigrations(server.url, testConfig().database);
    const database = connectDatabase(server.url, { ...testConfig().database, connectTimeoutSeconds: 2 });
    const app = await buildApp({ config: testConfig(), database, jwtSecret: JWT_SECRET });
    try {
      expect((await app.inject({ url: '/api/v1/health' })).statusCode).toBe(200);
      await server.stop();

      const down = await app.inject({ url: '/api/v1/health' });
      expect(down.statusCode).toBe(503);
      expect(down.json()).toMatchObject({ database: 'unavailable', error_code: 'DATABASE_UNAVAILABLE' });
      const read = await app.inject({ url: '/api/v1/teams' });
      expect(read.statusCode).toBe(503);
      expect(read.json().error_code).toBe('DATABASE_UNAVAILABLE');
      expect((await app.inject({ url: '/health' })).statusCode).toBe(200);

      server = await startEmbeddedPostgres({ dataDir, port });
      const up = await app.inject({ url: '/api/v1/health' });
      expect(up.statusCode).toBe(200);
      expect((await app.inject({ url: '/api/v1/teams' })).statusCode).toBe(200);
    } finally {
      await app.close();
      await database.close();
      await server.stop();
    }
  });
});
