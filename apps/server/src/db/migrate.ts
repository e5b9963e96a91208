import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { drizzle } from 'drizzle-orm/postgres-js';
import { migrate } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import type { DatabaseSettings } from '../config.js';
import { postgresError } from './errors.js';

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
    // In production the server's role may not change the schema (docs/SECURITY.md); an up-to-date database
    // then needs no schema privilege at all, and a pending migration says who has to run it.
    if (await hasPendingMigrations(sql)) {
      await migrate(drizzle(sql), { migrationsFolder: MIGRATIONS_DIR }).catch((error: unknown) => {
        if (postgresError(error)?.code !== '42501') throw error;
        throw new Error(
          'Pending migrations need a role that owns the schema: run `npm run db:migrate` with its DATABASE_URL',
          { cause: error },
        );
      });
    }
    await sql`SELECT pg_advisory_unlock(${MIGRATION_LOCK})`;
  } finally {
    await sql.end({ timeout: 5 });
  }
}

/** Drizzle's own rule: a migration is pending when its journal time is after the last one applied. */
async function hasPendingMigrations(sql: postgres.Sql): Promise<boolean> {
  const journal = JSON.parse(await readFile(path.join(MIGRATIONS_DIR, 'meta', '_journal.json'), 'utf8')) as {
    entries: Array<{ when: number }>;
  };
  const [table] = await sql`SELECT to_regclass('drizzle.__drizzle_migrations') IS NOT NULL AS present`;
  if (!table?.present) return true;
  const [last] = await sql`SELECT max(created_at) AS at FROM drizzle.__drizzle_migrations`;
  const applied = Number(last?.at ?? 0);
  return journal.entries.some((entry) => entry.when > applied);
}
