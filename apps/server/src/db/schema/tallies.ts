import { integer, pgTable, uuid } from 'drizzle-orm/pg-core';
import { fixtures } from './competition.js';

/**
 * Per fixture, the count of its matches and the games (sets) and balls of its recorded ones, kept by a
 * trigger on matches (migration fixture_match_tallies) from the sets the matches hold. The standings read
 * one row per finished fixture instead of unnesting every set of the season on every cache miss, so their
 * cost stays flat while a season grows (bench/README.md, "soak").
 */
export const fixtureMatchTallies = pgTable('fixture_match_tallies', {
  fixture_id: uuid('fixture_id')
    .primaryKey()
    .references(() => fixtures.id, { onDelete: 'cascade' }),
  match_count: integer('match_count').notNull().default(0),
  home_games: integer('home_games').notNull().default(0),
  guest_games: integer('guest_games').notNull().default(0),
  home_balls: integer('home_balls').notNull().default(0),
  guest_balls: integer('guest_balls').notNull().default(0),
});
