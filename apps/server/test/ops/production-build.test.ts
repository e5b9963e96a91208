import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { cp, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { runtimeStage } from '../deploy/dockerfile-stage.js';
import { freePort } from '../global-setup.js';
import { createTestDatabase } from '../helpers/app.js';
import { ADMIN, adminToken, embeddedDataDir, PROCESS_JWT_SECRET } from '../helpers/league-process.js';
import { type RunningServer, startServerProcess } from '../helpers/process.js';

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '../../../..');
const WORKSPACES = ['packages/domain', 'apps/server', 'apps/web'];
let server: RunningServer | null = null;
const cleanups: Array<() => Promise<void>> = [];
afterAll(async () => {
  if (server?.child.exitCode === null) await server.stop();
  for (const cleanup of cleanups) await cleanup();
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
    cleanups.push(data.cleanup);
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

  it("the Docker image's runtime stage, assembled from the Dockerfile without Docker, serves and backs up", async () => {
    // Runs after the test above, in the same file: the build is done, and nothing else writes dist/ meanwhile.
    const dockerfile = readFileSync(path.join(ROOT, 'Dockerfile'), 'utf8');
    const stage = runtimeStage(dockerfile);
    expect(stage.otherCopies).toEqual([]);
    expect(stage.copies.length).toBeGreaterThan(0);
    // The build stage is `COPY . .` in /app, then `npm run build && npm prune --omit=dev`: mirrored here.
    expect(dockerfile).toMatch(/^COPY \. \.$/m);
    expect(dockerfile).toMatch(/npm prune --omit=dev/);
    expect(existsSync(path.join(ROOT, 'apps/web/dist/index.html'))).toBe(true);

    const image = await mkdtemp(path.join(tmpdir(), 'pingpong-image-'));
    cleanups.push(() => rm(image, { recursive: true, force: true }));
    const build = path.join(image, 'build');
    for (const file of ['package.json', 'package-lock.json', ...WORKSPACES.map((w) => `${w}/package.json`)]) {
      await mkdir(path.dirname(path.join(build, file)), { recursive: true });
      await cp(path.join(ROOT, file), path.join(build, file));
    }
    // Hard links: a copy of the installed tree in a fraction of a second; prune only unlinks.
    await run('cp', ['-al', path.join(ROOT, 'node_modules'), path.join(build, 'node_modules')]);
    await rm(path.join(build, 'node_modules/.package-lock.json'), { force: true });
    await run('npm', ['prune', '--omit=dev', '--no-audit', '--no-fund', '--offline'], { cwd: build });

    const rootfs = path.join(image, 'rootfs');
    const inImage = (target: string) =>
      path.join(rootfs, path.posix.relative('/', path.posix.resolve(stage.workdir, target)));
    for (const { source, target } of stage.copies) {
      expect(source.startsWith('/app/'), source).toBe(true);
      const relative = source.slice('/app/'.length);
      const from = relative === 'node_modules' ? path.join(build, 'node_modules') : path.join(ROOT, relative);
      await cp(from, inImage(target), { recursive: true, verbatimSymlinks: true });
    }
    // No compiler, bundler or test tool travels into the image.
    for (const devOnly of [
      'typescript',
      'tsx',
      'esbuild',
      'vite',
      'vitest',
      'drizzle-kit',
      'playwright-core',
    ]) {
      expect(existsSync(inImage(path.posix.join('node_modules', devOnly))), devOnly).toBe(false);
    }

    const database = new URL(await createTestDatabase());
    const dataDir = path.join(image, 'data');
    // The compose file's variables (DB_HOST … rather than DATABASE_URL) on top of the image's ENV.
    const port = await freePort();
    const env: Record<string, string> = {
      ...stage.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      UPLOAD_DIR: path.join(dataDir, 'uploads'),
      DB_HOST: database.hostname,
      DB_PORT: database.port,
      DB_USER: decodeURIComponent(database.username),
      DB_PASSWORD: decodeURIComponent(database.password),
      DB_NAME: database.pathname.slice(1),
      DB_SSLMODE: 'disable',
      JWT_SECRET: PROCESS_JWT_SECRET,
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      BACKUP_INTERVAL_HOURS: '0',
      NODE_OPTIONS: '',
    };
    expect(stage.env.NODE_ENV).toBe('production');
    expect(stage.cmd[0]).toBe('node');
    server = await startServerProcess(env, port, stage.cmd.slice(1), inImage('.'));
    expect(descendants(server.child.pid!).filter((line) => /tsx|esbuild|typescript/.test(line))).toEqual([]);

    // The image's HEALTHCHECK, the readiness probe, the API and the web app.
    expect((await fetch(`${server.baseUrl}/health`)).status).toBe(200);
    expect((await fetch(`${server.baseUrl}/health/ready`)).status).toBe(200);
    const token = await adminToken(server.baseUrl);
    const created = await fetch(`${server.baseUrl}/api/v1/teams`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ name: 'Image Club' }),
    });
    expect(created.status).toBe(201);
    const page = await fetch(`${server.baseUrl}/`);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    expect(await page.text()).toContain('<html lang="vi">');
    expect(await server.stop()).toBe(0);

    // What the compose file tells operators to run: `docker compose exec backend npm run backup`.
    await run('npm', ['run', 'backup'], { cwd: inImage('.'), env: { ...process.env, ...env } });
    expect(readdirSync(path.join(dataDir, 'backups')).filter((file) => file.endsWith('.dump'))).toHaveLength(
      1,
    );
  }, 240_000);
});
