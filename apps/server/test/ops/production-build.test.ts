import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../global-setup.js';
import { ADMIN, adminToken, embeddedDataDir } from '../helpers/league-process.js';
import { type RunningServer, startServerProcess } from '../helpers/process.js';

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '../../../..');
let server: RunningServer | null = null;
let cleanup: (() => Promise<void>) | null = null;
afterAll(async () => {
  if (server?.child.exitCode === null) await server.stop();
  await cleanup?.();
});

/** Every process below `pid`, with its command line. */
function descendants(pid: number): string[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {}
  }
  const found: string[] = [];
  const walk = (parent: number) => {
    for (const child of children.get(parent) ?? []) {
      try {
        found.push(readFileSync(`/proc/${child}/cmdline`, 'utf8').replaceAll('\0', ' '));
      } catch {}
      walk(child);
    }
  };
  walk(pid);
  return found;
}

describe('the compiled production build', () => {
  it('npm run build compiles the server; NODE_ENV=production npm start runs it on plain Node', async () => {
    await run('npm', ['run', 'build', '-w', 'packages/domain'], { cwd: ROOT });
    await run('npm', ['run', 'build', '-w', 'apps/server'], { cwd: ROOT });
    const data = await embeddedDataDir();
    cleanup = data.cleanup;
    server = await startServerProcess(
      { ...data.env, NODE_ENV: 'production', NODE_OPTIONS: '', BACKUP_INTERVAL_HOURS: '0' },
      await freePort(),
      ['scripts/start.mjs'],
    );
    const processes = descendants(server.child.pid!);
    expect(
      processes.some(
        (line) => line.includes('--conditions=pingpong-compiled') && line.includes('dist/server.js'),
      ),
    ).toBe(true);
    expect(processes.filter((line) => /tsx|esbuild|typescript/.test(line))).toEqual([]);

    const token = await adminToken(server.baseUrl);
    const created = await fetch(`${server.baseUrl}/api/v1/teams`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ name: 'Compiled Club' }),
    });
    expect(created.status).toBe(201);
    const me = await fetch(`${server.baseUrl}/api/v1/auth/me`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(((await me.json()) as { data: { email: string } }).data.email).toBe(ADMIN.email);
    // Production logs are JSON lines (no pretty printer) and the launcher passes SIGTERM on: a clean exit.
    expect(server.output()).toMatch(/^\{"level":30/m);
    expect(await server.stop()).toBe(0);
  }, 240_000);
});
