import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort } from '../global-setup.js';
import { type RunningServer, startServerProcess } from './process.js';

export const ADMIN = { email: 'ops-admin@league.test', password: 'ops-admin-password' };
export const PROCESS_JWT_SECRET = 'process-test-secret-that-is-long-enough-for-hs256';

/** A DATA_DIR of its own, so the server starts (and owns) an embedded PostgreSQL of its own. */
export async function embeddedDataDir(): Promise<{
  dir: string;
  env: Record<string, string>;
  cleanup(): Promise<void>;
}> {
  const dir = await mkdtemp(path.join(tmpdir(), 'pingpong-ops-'));
  return {
    dir,
    env: {
      DATA_DIR: dir,
      EMBEDDED_DB_PORT: String(await freePort()),
      JWT_SECRET: PROCESS_JWT_SECRET,
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      RATE_LIMIT_MAX: '1000000',
    },
    cleanup: () => rm(dir, { recursive: true, force: true }),
  };
}

export async function startOn(env: Record<string, string>): Promise<RunningServer> {
  return startServerProcess(env, await freePort());
}

export async function postmasterPid(dataDir: string): Promise<number> {
  const text = await readFile(path.join(dataDir, 'postgres', 'postmaster.pid'), 'utf8');
  return Number(text.split('\n')[0]);
}

/** SIGKILL: no handler runs, nothing is cleaned up. Resolves once the process is gone. */
export async function killHard(server: RunningServer): Promise<void> {
  const gone = new Promise((resolve) => server.child.once('exit', resolve));
  server.child.kill('SIGKILL');
  await gone;
}

export async function adminToken(baseUrl: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(ADMIN),
  });
  if (!response.ok) throw new Error(`login failed: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { data: { token: string } }).data.token;
}

export async function waitFor(check: () => Promise<boolean>, ms: number, what: string): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (await check().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`timed out waiting for ${what}`);
}
