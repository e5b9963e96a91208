import { sql } from 'drizzle-orm';
import {
  check,
  index,
  integer,
  jsonb,
  pgTable,
  smallint,
  text,
  timestamp,
  unique,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core';
import { users } from './accounts.js';
import { divisions, players, seasons, teams, timestamps } from './registry.js';

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
    division_id: uuid('division_id').references(() => divisions.id),
    // SPEC §6 confirmation: null while it does not apply (no opponent confirmation, or not completed).
    confirmation: varchar('confirmation', { length: 10 }),
    confirm_by: timestamp('confirm_by', { withTimezone: true }),
    dispute_reason: text('dispute_reason'),
    proposed_at: timestamp('proposed_at', { withTimezone: true }),
    proposed_by_team_id: uuid('proposed_by_team_id').references(() => teams.id),
    ...timestamps,
  },
  (t) => [
    index('idx_fixtures_division_id').on(t.division_id),
    index('idx_fixtures_pending_confirmation').on(t.confirm_by).where(sql`${t.confirmation} = 'PENDING'`),
    check(
      'fixtures_confirmation_check',
      sql`${t.confirmation} IS NULL OR ${t.confirmation} IN ('PENDING', 'CONFIRMED', 'DISPUTED')`,
    ),
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
    // Null only in a positional format: a position left empty, or a doubles pair not named yet.
    home_player1_id: uuid('home_player1_id').references(() => players.id),
    home_player2_id: uuid('home_player2_id').references(() => players.id),
    guest_player1_id: uuid('guest_player1_id').references(() => players.id),
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
    home_position: varchar('home_position', { length: 1 }),
    guest_position: varchar('guest_position', { length: 1 }),
    /** The side that did not play (SPEC §6 forfeits); the result is the other side's walk-over win. */
    forfeit_side: varchar('forfeit_side', { length: 5 }),
    /** The team whose captain entered the result; null when MODERATOR+ did (confirmed at once). */
    entered_by_team_id: uuid('entered_by_team_id').references(() => teams.id),
    ...timestamps,
  },
  (t) => [
    unique('matches_fixture_order_key').on(t.fixture_id, t.match_order),
    index('idx_matches_fixture_id').on(t.fixture_id),
    index('idx_matches_home_player1_id').on(t.home_player1_id),
    index('idx_matches_home_player2_id').on(t.home_player2_id),
    index('idx_matches_guest_player1_id').on(t.guest_player1_id),
    index('idx_matches_guest_player2_id').on(t.guest_player2_id),
    check('matches_order_check', sql`${t.match_order} BETWEEN 1 AND 99`),
    check(
      'matches_forfeit_side_check',
      sql`${t.forfeit_side} IS NULL OR ${t.forfeit_side} IN ('home', 'guest')`,
    ),
    check('matches_type_check', sql`${t.match_type} IN ('SINGLE', 'DOUBLE')`),
    check(
      'matches_pairs_check',
      sql`(${t.match_type} = 'SINGLE' AND ${t.home_player2_id} IS NULL AND ${t.guest_player2_id} IS NULL)
        OR (${t.match_type} = 'DOUBLE'
          AND (${t.home_player1_id} IS NULL) = (${t.home_player2_id} IS NULL)
          AND (${t.guest_player1_id} IS NULL) = (${t.guest_player2_id} IS NULL))`,
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

/** A side's lineup by position (SPEC §6); hidden from the other side until both are in. */
export const fixtureLineups = pgTable(
  'fixture_lineups',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    fixture_id: uuid('fixture_id')
      .notNull()
      .references(() => fixtures.id),
    side: varchar('side', { length: 5 }).notNull(),
    team_id: uuid('team_id')
      .notNull()
      .references(() => teams.id),
    positions: jsonb('positions').$type<Record<string, string>>().notNull(),
    doubles: jsonb('doubles').$type<string[] | null>(),
    submitted_by: uuid('submitted_by').references(() => users.id),
    ...timestamps,
  },
  (t) => [
    unique('fixture_lineups_fixture_side_key').on(t.fixture_id, t.side),
    check('fixture_lineups_side_check', sql`${t.side} IN ('home', 'guest')`),
  ],
);

export const teamCaptains = pgTable(
  'team_captains',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    season_id: uuid('season_id')
      .notNull()
      .references(() => seasons.id),
    team_id: uuid('team_id')
      .notNull()
      .references(() => teams.id),
    user_id: uuid('user_id')
      .notNull()
      .references(() => users.id),
    created_at: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('team_captains_season_team_user_key').on(t.season_id, t.team_id, t.user_id),
    index('idx_team_captains_user_id').on(t.user_id),
  ],
);
