import { drizzle, type PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import type { DatabaseSettings } from '../config.js';
import * as schema from './schema/index.js';

export type Database = PostgresJsDatabase<typeof schema>;
/** A transaction handle; repositories accept either so a service decides where the transaction begins. */
export type Executor = Database | Parameters<Parameters<Database['transaction']>[0]>[0];

export interface DatabaseClient {
  db: Database;
  sql: postgres.Sql;
  close(): Promise<void>;
}

function sslOption(mode: DatabaseSettings['sslmode']): postgres.Options<Record<string, never>>['ssl'] {
  if (mode === 'disable') return false;
  if (mode === 'verify-ca' || mode === 'verify-full') return 'verify-full';
  return mode;
}

export function connectDatabase(
  url: string,
  settings: DatabaseSettings,
  applicationName = 'pingpong-league',
): DatabaseClient {
  const sql = postgres(url, {
    max: settings.poolMax,
    ssl: sslOption(settings.sslmode),
    connect_timeout: settings.connectTimeoutSeconds,
    idle_timeout: 60,
    max_lifetime: 60 * 30,
    onnotice: () => {},
    connection: {
      application_name: applicationName,
      statement_timeout: settings.statementTimeoutMs,
      // A transaction left open by a crashed request must not hold row locks for ever.
      idle_in_transaction_session_timeout: 60_000,
    },
  });
  const db = drizzle(sql, { schema });
  return { db, sql, close: () => sql.end({ timeout: 5 }) };
}
