import path from 'node:path';
import { drizzle } from 'drizzle-orm/postgres-js';
import { migrate } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import type { DatabaseSettings } from '../config.js';

export const MIGRATIONS_DIR = path.resolve(import.meta.dirname, 'migrations');
// Any fixed number works; it only has to be the same for every instance of this application.
const MIGRATION_LOCK = 7_240_315;

/** Applies pending migrations; instances starting together take turns through an advisory lock. */
export async function runMigrations(url: string, settings: DatabaseSettings): Promise<void> {
  const sql = postgres(url, {
    max: 1,
    ssl: settings.sslmode === 'disable' ? false : settings.sslmode === 'require' ? 'require' : 'prefer',
    connect_timeout: settings.connectTimeoutSeconds,
    onnotice: () => {},
  });
  try {
    await sql`SELECT pg_advisory_lock(${MIGRATION_LOCK})`;
    await migrate(drizzle(sql), { migrationsFolder: MIGRATIONS_DIR });
    await sql`SELECT pg_advisory_unlock(${MIGRATION_LOCK})`;
  } finally {
    await sql.end({ timeout: 5 });
  }
}
