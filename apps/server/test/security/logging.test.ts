import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import postgres from 'postgres';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { freePort } from '../global-setup.js';
import { startServerProcess } from '../helpers/process.js';

const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

describe('what the server writes to its log', () => {
  it('has request ids and error codes, never a password, a token or the Authorization header', async () => {
    const { adminUrl } = inject('postgres');
    const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
    await admin.unsafe('CREATE DATABASE logging_league');
    await admin.end();
    const dataDir = await mkdtemp(path.join(tmpdir(), 'pingpong-logging-'));
    dirs.push(dataDir);
    const secrets = { admin: 'Owner-Secret-Pa55', wrong: 'Wrong-Guess-Pa55', created: 'Created-Secret-Pa55' };
    const server = await startServerProcess(
      {
        LOG_LEVEL: 'trace',
        DATA_DIR: dataDir,
        DATABASE_URL: adminUrl.replace(/\/postgres$/, '/logging_league'),
        ADMIN_EMAIL: 'owner@league.test',
        ADMIN_PASSWORD: secrets.admin,
      },
      await freePort(),
    );
    const call = (pathname: string, init: RequestInit = {}) =>
      fetch(`${server.baseUrl}${pathname}`, {
        ...init,
        headers: { 'content-type': 'application/json', 'x-request-id': 'log-check-1', ...init.headers },
      });
    try {
      const login = (password: string) =>
        call('/api/v1/auth/login', {
          method: 'POST',
          body: JSON.stringify({ email: 'owner@league.test', password }),
        });
      expect((await login(secrets.wrong)).status).toBe(401);
      const signedIn = await login(secrets.admin);
      const { token } = ((await signedIn.json()) as { data: { token: string } }).data;
      const auth = { authorization: `Bearer ${token}` };
      expect((await call('/api/v1/auth/me', { headers: auth })).status).toBe(200);
      const created = await call('/api/v1/users', {
        method: 'POST',
        headers: auth,
        body: JSON.stringify({ email: 'new@league.test', password: secrets.created, role: 'VIEWER' }),
      });
      expect(created.status).toBe(201);
      // A refused body is logged with its error, not its content.
      const refused = await call('/api/v1/users', {
        method: 'POST',
        headers: auth,
        body: JSON.stringify({ email: 'x@league.test', password: secrets.created, role: 'ROOT' }),
      });
      expect(refused.status).toBe(400);
      await call('/api/v1/teams', {
        method: 'POST',
        headers: { authorization: 'Bearer forged.token.value' },
        body: '{}',
      });
    } finally {
      expect(await server.stop()).toBe(0);
    }
    const log = server.output();
    expect(log).toContain('log-check-1');
    expect(log).toContain('INVALID_INPUT');
    for (const secret of [...Object.values(secrets), 'forged.token.value']) expect(log).not.toContain(secret);
    expect(log).not.toMatch(/eyJ[\w-]+\.eyJ[\w-]+/);
    expect(log).not.toMatch(/"authorization":"Bearer/i);
    expect(log).not.toMatch(/scrypt\$/);
  });
});
