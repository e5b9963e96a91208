import { index, integer, pgTable, timestamp, varchar } from 'drizzle-orm/pg-core';

/**
 * Hits per key (an IP, an account) in its current window, which starts at the key's first hit, shared by
 * every instance (lib/shared-counters.ts).
 */
export const rateLimitHits = pgTable(
  'rate_limit_hits',
  {
    key: varchar('key', { length: 300 }).primaryKey(),
    window_start: timestamp('window_start', { withTimezone: true }).notNull(),
    window_ms: integer('window_ms').notNull(),
    hits: integer('hits').notNull(),
  },
  (t) => [index('idx_rate_limit_hits_window_start').on(t.window_start)],
);
