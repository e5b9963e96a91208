import { sql } from 'drizzle-orm';
import {
  bigint,
  check,
  index,
  integer,
  pgTable,
  smallint,
  text,
  timestamp,
  unique,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core';
import { users } from './accounts.js';
import { divisions, playerSeasons, players, points, ranks, rating, seasons, teams } from './registry.js';

/** The 100 % audit trail of points. Append-only: a trigger (migration 0001) rejects UPDATE, DELETE and TRUNCATE. */
export const playerPointLogs = pgTable(
  'player_point_logs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    // Orders logs of one player_season: rows of one transaction share created_at, but never seq.
    seq: bigint('seq', { mode: 'number' }).notNull().generatedAlwaysAsIdentity(),
    player_season_id: uuid('player_season_id')
      .notNull()
      .references(() => playerSeasons.id),
    delta_points: points('delta_points').notNull(),
    balance_after: points('balance_after').notNull(),
    reason: text('reason').notNull(),
    source: varchar('source', { length: 12 }).notNull(),
    ref_id: uuid('ref_id'),
    actor_id: uuid('actor_id').references(() => users.id),
    created_at: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('idx_point_logs_player_season_id').on(t.player_season_id, t.seq),
    index('idx_point_logs_created_at').on(t.created_at),
    index('idx_point_logs_source').on(t.source),
    index('idx_point_logs_ref_id').on(t.ref_id),
    check(
      'player_point_logs_source_check',
      sql`${t.source} IN ('INITIAL', 'MATCH', 'CORRECTION', 'ADMIN_ADJUST', 'PENALTY', 'BONUS')`,
    ),
    check('player_point_logs_balance_check', sql`${t.balance_after} >= 0`),
  ],
);

const standingKeys = {
  id: uuid('id').primaryKey().defaultRandom(),
  season_id: uuid('season_id')
    .notNull()
    .references(() => seasons.id),
  round: smallint('round').notNull(),
  position: integer('position').notNull(),
  created_at: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
};

/** Round snapshots, written once by finalization; read-only once the round is FINALIZED (trigger, migration 0002). */
export const playerRoundStandings = pgTable(
  'player_round_standings',
  {
    ...standingKeys,
    player_season_id: uuid('player_season_id')
      .notNull()
      .references(() => playerSeasons.id),
    player_id: uuid('player_id')
      .notNull()
      .references(() => players.id),
    team_id: uuid('team_id')
      .notNull()
      .references(() => teams.id),
    rank_id: varchar('rank_id', { length: 4 })
      .notNull()
      .references(() => ranks.id),
    accumulated_points: points('accumulated_points').notNull(),
    rating: rating('rating').notNull(),
    wins: integer('wins').notNull(),
    losses: integer('losses').notNull(),
    matches_played: integer('matches_played').notNull(),
  },
  (t) => [
    unique('player_round_standings_key').on(t.season_id, t.round, t.player_season_id),
    index('idx_player_round_standings_player_id').on(t.player_id),
  ],
);

export const teamRoundStandings = pgTable(
  'team_round_standings',
  {
    ...standingKeys,
    team_id: uuid('team_id')
      .notNull()
      .references(() => teams.id),
    /** Positions are within this division (null: a season without divisions). */
    division_id: uuid('division_id').references(() => divisions.id),
    played: integer('played').notNull(),
    won: integer('won').notNull(),
    drawn: integer('drawn').notNull(),
    lost: integer('lost').notNull(),
    points: integer('points').notNull(),
    matches_won: integer('matches_won').notNull(),
    matches_lost: integer('matches_lost').notNull(),
    sets_won: integer('sets_won').notNull(),
    sets_lost: integer('sets_lost').notNull(),
    balls_won: integer('balls_won').notNull(),
    balls_lost: integer('balls_lost').notNull(),
  },
  (t) => [unique('team_round_standings_key').on(t.season_id, t.round, t.team_id)],
);

/** Every rank a registration held and why. Append-only (trigger, migration 0002). */
export const playerRankHistory = pgTable(
  'player_rank_history',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    player_season_id: uuid('player_season_id')
      .notNull()
      .references(() => playerSeasons.id),
    player_id: uuid('player_id')
      .notNull()
      .references(() => players.id),
    season_id: uuid('season_id')
      .notNull()
      .references(() => seasons.id),
    round: smallint('round'),
    from_rank_id: varchar('from_rank_id', { length: 4 }).references(() => ranks.id),
    to_rank_id: varchar('to_rank_id', { length: 4 })
      .notNull()
      .references(() => ranks.id),
    rating: rating('rating').notNull(),
    reason: varchar('reason', { length: 20 }).notNull(),
    actor_id: uuid('actor_id').references(() => users.id),
    created_at: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('idx_player_rank_history_player_id').on(t.player_id, t.created_at),
    index('idx_player_rank_history_season_round').on(t.season_id, t.round),
  ],
);
