import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { playerMatchesSql } from '../history/player-matches.js';

export type PlayerTotals = {
  played: number;
  won: number;
  games_won: number;
  games_lost: number;
  points_for: number;
  points_against: number;
  league_points_earned: number;
  singles_played: number;
  singles_won: number;
  doubles_played: number;
  doubles_won: number;
};

/** Totals over the player's recorded matches in one pass. */
export async function playerTotals(db: Executor, playerId: string, seasonId?: string): Promise<PlayerTotals> {
  const [row] = await db.execute<PlayerTotals>(sql`
    WITH pm AS (${playerMatchesSql(playerId, seasonId)})
    SELECT count(*)::int AS played, count(*) FILTER (WHERE won)::int AS won,
           coalesce(sum(games_for), 0)::int AS games_won, coalesce(sum(games_against), 0)::int AS games_lost,
           coalesce(sum(balls_for), 0)::int AS points_for, coalesce(sum(balls_against), 0)::int AS points_against,
           coalesce(sum(points_earned), 0)::float8 AS league_points_earned,
           count(*) FILTER (WHERE match_type = 'SINGLE')::int AS singles_played,
           count(*) FILTER (WHERE match_type = 'SINGLE' AND won)::int AS singles_won,
           count(*) FILTER (WHERE match_type = 'DOUBLE')::int AS doubles_played,
           count(*) FILTER (WHERE match_type = 'DOUBLE' AND won)::int AS doubles_won
    FROM pm`);
  return row!;
}

/** Won/played against each tier, the opponents' tiers read from the match's rank_snapshot. */
export async function recordByOpponentRank(db: Executor, playerId: string, seasonId?: string) {
  const rows = await db.execute<{
    rank_id: string;
    rank_name: string | null;
    played: number;
    won: number;
  }>(sql`
    WITH pm AS (${playerMatchesSql(playerId, seasonId)}),
    per_rank AS (
      SELECT r.rank_id, count(*)::int AS played, count(*) FILTER (WHERE pm.won)::int AS won
      FROM pm
      CROSS JOIN LATERAL (
        SELECT DISTINCT pm.rank_snapshot ->> o::text AS rank_id
        FROM unnest(ARRAY[pm.opponent1_id, pm.opponent2_id]) AS o
        WHERE o IS NOT NULL
      ) r
      WHERE r.rank_id IS NOT NULL
      GROUP BY r.rank_id
    )
    SELECT p.rank_id, k.description AS rank_name, p.played, p.won
    FROM per_rank p LEFT JOIN ranks k ON k.id = p.rank_id
    ORDER BY k.sort_order DESC NULLS LAST, p.rank_id`);
  return [...rows];
}

/** Results oldest first (by the time they were recorded), for streaks. */
export async function outcomes(db: Executor, playerId: string, seasonId?: string): Promise<boolean[]> {
  const rows = await db.execute<{ won: boolean }>(sql`
    WITH pm AS (${playerMatchesSql(playerId, seasonId)})
    SELECT won FROM pm ORDER BY recorded_at, match_id`);
  return rows.map((row) => row.won);
}

type HeadToHeadFilter = { seasonId?: string; matchType?: string };

/** Player A's matches in which player B stood on the other side of the table. */
const meetingsSql = (a: string, b: string, filter: HeadToHeadFilter) => sql`
  WITH pm AS (${playerMatchesSql(a, filter.seasonId)})
  SELECT * FROM pm
  WHERE ${b}::uuid IN (pm.opponent1_id, pm.opponent2_id)
    ${filter.matchType ? sql`AND pm.match_type = ${filter.matchType}` : sql``}`;

export async function headToHeadTotals(db: Executor, a: string, b: string, filter: HeadToHeadFilter) {
  const [row] = await db.execute<{
    meetings: number;
    wins_a: number;
    wins_b: number;
    games_a: number;
    games_b: number;
    points_a: number;
    points_b: number;
  }>(sql`
    WITH meeting AS (${meetingsSql(a, b, filter)})
    SELECT count(*)::int AS meetings, count(*) FILTER (WHERE won)::int AS wins_a,
           count(*) FILTER (WHERE NOT won)::int AS wins_b,
           coalesce(sum(games_for), 0)::int AS games_a, coalesce(sum(games_against), 0)::int AS games_b,
           coalesce(sum(balls_for), 0)::int AS points_a, coalesce(sum(balls_against), 0)::int AS points_b
    FROM meeting`);
  return row!;
}

export async function lastMeetings(
  db: Executor,
  a: string,
  b: string,
  filter: HeadToHeadFilter,
  limit: number,
) {
  const person = (alias: string) =>
    sql.raw(`CASE WHEN ${alias}.id IS NULL THEN NULL
      ELSE json_build_object('player_id', ${alias}.id, 'player_name', ${alias}.full_name) END`);
  const rows = await db.execute<{
    match_id: string;
    fixture_id: string;
    season_id: string;
    round: number;
    match_type: string;
    played_at: Date;
    winner: 'player_a' | 'player_b';
    sets_a: number[];
    sets_b: number[];
    games_a: number;
    games_b: number;
    partner_a: { player_id: string; player_name: string } | null;
    partner_b: { player_id: string; player_name: string } | null;
  }>(sql`
    WITH meeting AS (${meetingsSql(a, b, filter)})
    SELECT mt.match_id, mt.fixture_id, mt.season_id, mt.round, mt.match_type, mt.recorded_at AS played_at,
           CASE WHEN mt.won THEN 'player_a' ELSE 'player_b' END AS winner,
           mt.sets_for AS sets_a, mt.sets_against AS sets_b, mt.games_for AS games_a, mt.games_against AS games_b,
           ${person('pa')} AS partner_a, ${person('pb')} AS partner_b
    FROM meeting mt
    LEFT JOIN players pa ON pa.id = mt.partner_id
    LEFT JOIN players pb
      ON pb.id = CASE WHEN mt.opponent1_id = ${b}::uuid THEN mt.opponent2_id ELSE mt.opponent1_id END
    ORDER BY mt.recorded_at DESC, mt.match_id DESC
    LIMIT ${limit}`);
  return [...rows];
}
