import { sql } from 'drizzle-orm';
import {
  check,
  index,
  integer,
  jsonb,
  pgTable,
  smallint,
  timestamp,
  unique,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core';
import { users } from './accounts.js';
import { players, seasons, teams, timestamps } from './registry.js';

export const fixtures = pgTable(
  'fixtures',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    season_id: uuid('season_id')
      .notNull()
      .references(() => seasons.id),
    round: smallint('round').notNull(),
    home_team_id: uuid('home_team_id')
      .notNull()
      .references(() => teams.id),
    guest_team_id: uuid('guest_team_id')
      .notNull()
      .references(() => teams.id),
    home_score: smallint('home_score').notNull().default(0),
    guest_score: smallint('guest_score').notNull().default(0),
    status: varchar('status', { length: 10 }).notNull().default('SCHEDULED'),
    walkover_winner_team_id: uuid('walkover_winner_team_id').references(() => teams.id),
    scheduled_at: timestamp('scheduled_at', { withTimezone: true }),
    venue: varchar('venue', { length: 200 }),
    ...timestamps,
  },
  (t) => [
    index('idx_fixtures_season_id').on(t.season_id),
    index('idx_fixtures_round').on(t.season_id, t.round),
    index('idx_fixtures_status').on(t.status),
    index('idx_fixtures_home_team_id').on(t.home_team_id),
    index('idx_fixtures_guest_team_id').on(t.guest_team_id),
    check('fixtures_teams_differ_check', sql`${t.home_team_id} <> ${t.guest_team_id}`),
    check('fixtures_round_check', sql`${t.round} BETWEEN 1 AND 999`),
    check(
      'fixtures_status_check',
      sql`${t.status} IN ('SCHEDULED', 'ONGOING', 'COMPLETED', 'POSTPONED', 'WALKOVER')`,
    ),
    check(
      'fixtures_walkover_check',
      sql`(${t.status} = 'WALKOVER') = (${t.walkover_winner_team_id} IS NOT NULL)`,
    ),
  ],
);

export const matches = pgTable(
  'matches',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    fixture_id: uuid('fixture_id')
      .notNull()
      .references(() => fixtures.id),
    match_order: smallint('match_order').notNull(),
    match_type: varchar('match_type', { length: 6 }).notNull(),
    home_player1_id: uuid('home_player1_id')
      .notNull()
      .references(() => players.id),
    home_player2_id: uuid('home_player2_id').references(() => players.id),
    guest_player1_id: uuid('guest_player1_id')
      .notNull()
      .references(() => players.id),
    guest_player2_id: uuid('guest_player2_id').references(() => players.id),
    handicap_snapshot: jsonb('handicap_snapshot').$type<Record<string, unknown>>(),
    rank_snapshot: jsonb('rank_snapshot').$type<Record<string, unknown>>(),
    point_before: jsonb('point_before').$type<Record<string, unknown>>(),
    point_after: jsonb('point_after').$type<Record<string, unknown>>(),
    rating_before: jsonb('rating_before').$type<Record<string, unknown>>(),
    rating_after: jsonb('rating_after').$type<Record<string, unknown>>(),
    home_sets: integer('home_sets').array(),
    guest_sets: integer('guest_sets').array(),
    winner_team_id: uuid('winner_team_id').references(() => teams.id),
    recorded_at: timestamp('recorded_at', { withTimezone: true }),
    recorded_by: uuid('recorded_by').references(() => users.id),
    ...timestamps,
  },
  (t) => [
    unique('matches_fixture_order_key').on(t.fixture_id, t.match_order),
    index('idx_matches_fixture_id').on(t.fixture_id),
    index('idx_matches_home_player1_id').on(t.home_player1_id),
    index('idx_matches_home_player2_id').on(t.home_player2_id),
    index('idx_matches_guest_player1_id').on(t.guest_player1_id),
    index('idx_matches_guest_player2_id').on(t.guest_player2_id),
    check('matches_order_check', sql`${t.match_order} BETWEEN 1 AND 9`),
    check('matches_type_check', sql`${t.match_type} IN ('SINGLE', 'DOUBLE')`),
    check(
      'matches_pairs_check',
      sql`(${t.match_type} = 'SINGLE' AND ${t.home_player2_id} IS NULL AND ${t.guest_player2_id} IS NULL)
        OR (${t.match_type} = 'DOUBLE' AND ${t.home_player2_id} IS NOT NULL AND ${t.guest_player2_id} IS NOT NULL)`,
    ),
    check(
      'matches_result_check',
      sql`(${t.recorded_at} IS NULL) = (${t.winner_team_id} IS NULL)
        AND cardinality(${t.home_sets}) IS NOT DISTINCT FROM cardinality(${t.guest_sets})`,
    ),
  ],
);

export const rounds = pgTable(
  'rounds',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    season_id: uuid('season_id')
      .notNull()
      .references(() => seasons.id),
    round: smallint('round').notNull(),
    status: varchar('status', { length: 10 }).notNull().default('OPEN'),
    locked_at: timestamp('locked_at', { withTimezone: true }),
    finalized_at: timestamp('finalized_at', { withTimezone: true }),
    finalized_by: uuid('finalized_by').references(() => users.id),
    ...timestamps,
  },
  (t) => [
    unique('rounds_season_round_key').on(t.season_id, t.round),
    check('rounds_status_check', sql`${t.status} IN ('OPEN', 'LOCKED', 'FINALIZED')`),
  ],
);
