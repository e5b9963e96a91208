import { integer, pgTable, timestamp, uuid, varchar } from 'drizzle-orm/pg-core';
import { users } from './accounts.js';
import { seasons } from './registry.js';

/** One uploaded player file: staged rows live in staging_players under its id until it is committed. */
export const playerImports = pgTable('player_imports', {
  id: uuid('id').primaryKey().defaultRandom(),
  /** STAGED (previewed, nothing else changed) → COMMITTED (players created and registered). */
  status: varchar('status', { length: 10 }).notNull().default('STAGED'),
  file_name: varchar('file_name', { length: 200 }),
  total_rows: integer('total_rows').notNull(),
  valid_rows: integer('valid_rows').notNull(),
  invalid_rows: integer('invalid_rows').notNull(),
  season_id: uuid('season_id').references(() => seasons.id),
  committed_rows: integer('committed_rows').notNull().default(0),
  created_by: uuid('created_by').references(() => users.id),
  created_at: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  committed_at: timestamp('committed_at', { withTimezone: true }),
});
