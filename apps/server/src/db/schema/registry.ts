import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core';

export const timestamps = {
  created_at: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updated_at: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
};

/** Points are exact money-like numbers; numeric(10,2) read as JS numbers (cents fit exactly). */
export const points = (name: string) => numeric(name, { precision: 10, scale: 2, mode: 'number' });
export const rating = (name: string) => numeric(name, { precision: 7, scale: 2, mode: 'number' });

export const ranks = pgTable('ranks', {
  id: varchar('id', { length: 4 }).primaryKey(),
  sort_order: smallint('sort_order').notNull().unique(),
  min_score: integer('min_score'),
  max_score: integer('max_score'),
  standard_score: integer('standard_score').notNull(),
  description: text('description'),
  promotion_buffer: integer('promotion_buffer').notNull().default(25),
  relegation_buffer: integer('relegation_buffer').notNull().default(25),
  ...timestamps,
});

export const teams = pgTable(
  'teams',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: varchar('name', { length: 100 }).notNull(),
    short_name: varchar('short_name', { length: 20 }),
    logo_url: text('logo_url'),
    ...timestamps,
  },
  (t) => [uniqueIndex('teams_name_lower_key').on(sql`lower(${t.name})`)],
);

export const players = pgTable(
  'players',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    full_name: varchar('full_name', { length: 120 }).notNull(),
    birth_year: smallint('birth_year'),
    gender: varchar('gender', { length: 10 }),
    phone: varchar('phone', { length: 20 }),
    cccd: varchar('cccd', { length: 20 }),
    avatar_url: text('avatar_url'),
    is_active: boolean('is_active').notNull().default(true),
    ...timestamps,
  },
  (t) => [
    index('idx_players_is_active').on(t.is_active),
    check('players_gender_check', sql`${t.gender} IN ('MALE', 'FEMALE', 'OTHER')`),
  ],
);

export const seasons = pgTable(
  'seasons',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: varchar('name', { length: 120 }).notNull(),
    year: smallint('year').notNull(),
    start_date: date('start_date'),
    end_date: date('end_date'),
    status: varchar('status', { length: 10 }).notNull().default('UPCOMING'),
    rules: jsonb('rules').notNull().default({}),
    finished_at: timestamp('finished_at', { withTimezone: true }),
    finish_reason: text('finish_reason'),
    /** IANA zone for local dates and times; null means LEAGUE_TIMEZONE. */
    timezone: varchar('timezone', { length: 64 }),
    ...timestamps,
  },
  (t) => [
    check('seasons_status_check', sql`${t.status} IN ('UPCOMING', 'ACTIVE', 'FINISHED')`),
    check(
      'seasons_dates_check',
      sql`${t.end_date} IS NULL OR ${t.start_date} IS NULL OR ${t.end_date} >= ${t.start_date}`,
    ),
    // At most one ACTIVE season, enforced by the database rather than by a check-then-write in the app.
    uniqueIndex('seasons_one_active_key').on(t.status).where(sql`${t.status} = 'ACTIVE'`),
  ],
);

export const divisions = pgTable(
  'divisions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    season_id: uuid('season_id')
      .notNull()
      .references(() => seasons.id),
    name: varchar('name', { length: 100 }).notNull(),
    level: smallint('level').notNull(),
    promotion_places: smallint('promotion_places').notNull().default(0),
    relegation_places: smallint('relegation_places').notNull().default(0),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('divisions_season_name_key').on(t.season_id, sql`lower(${t.name})`),
    unique('divisions_season_level_key').on(t.season_id, t.level),
    check('divisions_level_check', sql`${t.level} BETWEEN 1 AND 99`),
    check('divisions_places_check', sql`${t.promotion_places} >= 0 AND ${t.relegation_places} >= 0`),
  ],
);

export const seasonTeams = pgTable(
  'season_teams',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    season_id: uuid('season_id')
      .notNull()
      .references(() => seasons.id),
    team_id: uuid('team_id')
      .notNull()
      .references(() => teams.id),
    division_id: uuid('division_id').references(() => divisions.id),
    withdrawn_at: timestamp('withdrawn_at', { withTimezone: true }),
    withdraw_reason: text('withdraw_reason'),
    created_at: timestamps.created_at,
  },
  (t) => [
    unique('season_teams_season_team_key').on(t.season_id, t.team_id),
    index('idx_season_teams_team_id').on(t.team_id),
  ],
);

export const playerSeasons = pgTable(
  'player_seasons',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    season_id: uuid('season_id')
      .notNull()
      .references(() => seasons.id),
    player_id: uuid('player_id')
      .notNull()
      .references(() => players.id),
    team_id: uuid('team_id')
      .notNull()
      .references(() => teams.id),
    rank_id: varchar('rank_id', { length: 4 })
      .notNull()
      .references(() => ranks.id),
    accumulated_points: points('accumulated_points').notNull().default(0),
    rating: rating('rating').notNull(),
    // Counters kept by the result transaction so the leaderboard can sort and page through an index.
    wins: integer('wins').notNull().default(0),
    losses: integer('losses').notNull().default(0),
    matches_played: integer('matches_played').notNull().default(0),
    status: varchar('status', { length: 10 }).notNull().default('ACTIVE'),
    display_order: integer('display_order').notNull().default(0),
    ...timestamps,
  },
  (t) => [
    unique('player_seasons_season_player_key').on(t.season_id, t.player_id),
    index('idx_player_seasons_season_id').on(t.season_id),
    index('idx_player_seasons_player_id').on(t.player_id),
    index('idx_player_seasons_accumulated_points').on(t.accumulated_points),
    index('idx_player_seasons_team_id').on(t.team_id),
    index('idx_player_seasons_status').on(t.status),
    index('idx_player_seasons_leaderboard')
      .on(t.season_id, t.accumulated_points.desc(), t.wins.desc(), t.matches_played)
      .where(sql`${t.status} = 'ACTIVE'`),
    index('idx_player_seasons_team_leaderboard')
      .on(t.season_id, t.team_id, t.accumulated_points.desc(), t.wins.desc())
      .where(sql`${t.status} = 'ACTIVE'`),
    check('player_seasons_points_check', sql`${t.accumulated_points} >= 0`),
    check(
      'player_seasons_counters_check',
      sql`${t.wins} >= 0 AND ${t.losses} >= 0 AND ${t.matches_played} = ${t.wins} + ${t.losses}`,
    ),
    check('player_seasons_status_check', sql`${t.status} IN ('ACTIVE', 'INACTIVE', 'WITHDRAWN')`),
  ],
);

/**
 * ACTIVE registrations per (season, team, rank), kept by a trigger on player_seasons (migration 0004), so a
 * leaderboard's total is a sum over a few rows instead of a count over every registration of the season.
 */
export const seasonRosterCounts = pgTable(
  'season_roster_counts',
  {
    season_id: uuid('season_id')
      .notNull()
      .references(() => seasons.id),
    team_id: uuid('team_id')
      .notNull()
      .references(() => teams.id),
    rank_id: varchar('rank_id', { length: 4 })
      .notNull()
      .references(() => ranks.id),
    active_players: integer('active_players').notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.season_id, t.team_id, t.rank_id] }),
    check('season_roster_counts_active_check', sql`${t.active_players} >= 0`),
  ],
);
