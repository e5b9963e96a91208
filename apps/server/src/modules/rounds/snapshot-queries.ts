import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { leaderboardOrder } from '../leaderboards/order.js';

export interface SnapshotFilter {
  teamId?: string;
  rankId?: string;
}

/** The finalized round just before this one: what "movement" is measured against. */
export async function previousFinalizedRound(
  db: Executor,
  seasonId: string,
  round: number,
): Promise<number | null> {
  const [row] = await db.execute<{ round: number | null }>(sql`
    SELECT max(round)::int AS round FROM rounds
    WHERE season_id = ${seasonId} AND round < ${round} AND status = 'FINALIZED'`);
  return row?.round ?? null;
}

export type PlayerSnapshotRow = {
  position: number;
  previous_position: number | null;
  player_season_id: string;
  player_id: string;
  player_name: string;
  avatar_url: string | null;
  team_id: string;
  team_name: string;
  rank_id: string;
  rank_name: string | null;
  rank_change: 'PROMOTION' | 'RELEGATION' | null;
  accumulated_points: number;
  rating: number;
  matches_played: number;
  wins: number;
  losses: number;
};

const snapshotWhere = (seasonId: string, round: number, filter: SnapshotFilter) => sql`
  s.season_id = ${seasonId} AND s.round = ${round}
  ${filter.teamId ? sql`AND s.team_id = ${filter.teamId}` : sql``}
  ${filter.rankId ? sql`AND s.rank_id = ${filter.rankId}` : sql``}`;

/**
 * One page of a stored round table. Positions were fixed at finalization, so a filtered page still shows
 * league positions; the previous round's row and this round's rank change come from the same query.
 * Rows follow the live leaderboard's order (order.ts): positions were ranked on the same points and wins.
 */
export async function playerSnapshotPage(
  db: Executor,
  seasonId: string,
  round: number,
  previousRound: number | null,
  filter: SnapshotFilter,
  page: { limit: number; offset: number },
) {
  const [rows, [count]] = await Promise.all([
    db.execute<PlayerSnapshotRow>(sql`
      SELECT s.position, prev.position AS previous_position, s.player_season_id, s.player_id,
             p.full_name AS player_name, p.avatar_url, s.team_id, t.name AS team_name, s.rank_id,
             k.description AS rank_name, h.reason AS rank_change,
             s.accumulated_points::float8 AS accumulated_points, s.rating::float8 AS rating,
             s.matches_played, s.wins, s.losses
      FROM player_round_standings s
      JOIN players p ON p.id = s.player_id
      JOIN teams t ON t.id = s.team_id
      JOIN ranks k ON k.id = s.rank_id
      LEFT JOIN player_round_standings prev
        ON prev.season_id = s.season_id AND prev.round = ${previousRound} AND prev.player_season_id = s.player_season_id
      LEFT JOIN player_rank_history h
        ON h.player_season_id = s.player_season_id AND h.season_id = s.season_id AND h.round = s.round
       AND h.reason IN ('PROMOTION', 'RELEGATION')
      WHERE ${snapshotWhere(seasonId, round, filter)}
      ORDER BY ${leaderboardOrder('s.', 'p.', 'player_season_id')}
      LIMIT ${page.limit} OFFSET ${page.offset}`),
    db.execute<{ total: number }>(sql`
      SELECT count(*)::int AS total FROM player_round_standings s WHERE ${snapshotWhere(seasonId, round, filter)}`),
  ]);
  return { rows: [...rows], total: count?.total ?? 0 };
}

export type TeamSnapshotRow = {
  position: number;
  previous_position: number | null;
  division_id: string | null;
  team_id: string;
  team_name: string;
  played: number;
  won: number;
  drawn: number;
  lost: number;
  points: number;
  matches_won: number;
  matches_lost: number;
  sets_won: number;
  sets_lost: number;
  balls_won: number;
  balls_lost: number;
};

/** A stored team table (a season has a few dozen teams at most: no paging). */
export async function teamSnapshot(
  db: Executor,
  seasonId: string,
  round: number,
  previousRound: number | null,
) {
  const rows = await db.execute<TeamSnapshotRow>(sql`
    SELECT s.position, prev.position AS previous_position, s.division_id, s.team_id, t.name AS team_name, s.played, s.won,
           s.drawn, s.lost, s.points, s.matches_won, s.matches_lost, s.sets_won, s.sets_lost, s.balls_won,
           s.balls_lost
    FROM team_round_standings s
    JOIN teams t ON t.id = s.team_id
    LEFT JOIN divisions d ON d.id = s.division_id
    LEFT JOIN team_round_standings prev
      ON prev.season_id = s.season_id AND prev.round = ${previousRound} AND prev.team_id = s.team_id
    WHERE s.season_id = ${seasonId} AND s.round = ${round}
    ORDER BY d.level NULLS FIRST, s.position, t.name, s.team_id`);
  return [...rows];
}
