import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { playerMatchesSql } from './player-matches.js';
import type {
  PlayerMatchRow,
  PlayerPointLogRow,
  PlayerSeasonSummaryRow,
  ProgressionRow,
  RankHistoryRow,
} from './schemas.js';

const seasonFilter = (seasonId?: string) => (seasonId ? sql`AND ps.season_id = ${seasonId}::uuid` : sql``);

/**
 * Every season the player was registered in, newest first, with the player's place in that season's table
 * (RANK semantics, ACTIVE players only; final once the season is FINISHED).
 */
export async function playerSeasons(db: Executor, playerId: string) {
  const rows = await db.execute<PlayerSeasonSummaryRow>(sql`
    SELECT ps.id AS player_season_id, ps.season_id, s.name AS season_name, s.year, s.status AS season_status,
           ps.team_id, t.name AS team_name, ps.rank_id, k.description AS rank_name,
           ps.accumulated_points::float8 AS accumulated_points, ps.rating::float8 AS rating, ps.wins, ps.losses,
           ps.matches_played, ps.status,
           CASE WHEN ps.status = 'ACTIVE' THEN 1 + (
             SELECT count(*) FROM player_seasons x
             WHERE x.season_id = ps.season_id AND x.status = 'ACTIVE'
               AND (x.accumulated_points > ps.accumulated_points
                 OR (x.accumulated_points = ps.accumulated_points AND x.wins > ps.wins)))::int
           END AS position
    FROM player_seasons ps
    JOIN seasons s ON s.id = ps.season_id
    JOIN teams t ON t.id = ps.team_id
    JOIN ranks k ON k.id = ps.rank_id
    WHERE ps.player_id = ${playerId}::uuid
    ORDER BY s.year DESC, s.created_at DESC`);
  return [...rows];
}

/** One page of the player's recorded matches, newest first, with names resolved in the same query. */
export async function playerMatchPage(
  db: Executor,
  playerId: string,
  seasonId: string | undefined,
  page: { limit: number; offset: number },
) {
  const person = (alias: string) =>
    sql.raw(`json_build_object('player_id', ${alias}.id, 'player_name', ${alias}.full_name)`);
  const [rows, [count]] = await Promise.all([
    db.execute<PlayerMatchRow>(sql`
      WITH pm AS (${playerMatchesSql(playerId, seasonId)})
      SELECT pm.match_id, pm.fixture_id, pm.season_id, s.name AS season_name, pm.round, pm.match_order,
             pm.match_type, pm.recorded_at AS played_at, fx.scheduled_at, pm.team_id, t.name AS team_name,
             pm.opponent_team_id,
             ot.name AS opponent_team_name,
             CASE WHEN pp.id IS NULL THEN NULL ELSE ${person('pp')} END AS partner,
             CASE WHEN o2.id IS NULL THEN json_build_array(${person('o1')})
                  ELSE json_build_array(${person('o1')}, ${person('o2')}) END AS opponents,
             pm.sets_for, pm.sets_against, pm.games_for, pm.games_against, pm.won, pm.rank_id,
             pm.points_earned, pm.rating_change
      FROM pm
      JOIN fixtures fx ON fx.id = pm.fixture_id
      JOIN seasons s ON s.id = pm.season_id
      JOIN teams t ON t.id = pm.team_id
      JOIN teams ot ON ot.id = pm.opponent_team_id
      JOIN players o1 ON o1.id = pm.opponent1_id
      LEFT JOIN players o2 ON o2.id = pm.opponent2_id
      LEFT JOIN players pp ON pp.id = pm.partner_id
      ORDER BY pm.recorded_at DESC, pm.match_id DESC
      LIMIT ${page.limit} OFFSET ${page.offset}`),
    db.execute<{ total: number }>(sql`
      SELECT count(*)::int AS total FROM matches m JOIN fixtures f ON f.id = m.fixture_id
      WHERE ${playerId}::uuid IN (m.home_player1_id, m.home_player2_id, m.guest_player1_id, m.guest_player2_id)
        AND m.recorded_at IS NOT NULL ${seasonId ? sql`AND f.season_id = ${seasonId}::uuid` : sql``}`),
  ]);
  return { rows: [...rows], total: count?.total ?? 0 };
}

/** The player's point log across seasons, newest first (seq is the order the logs were written in). */
export async function playerPointLogPage(
  db: Executor,
  playerId: string,
  seasonId: string | undefined,
  page: { limit: number; offset: number },
) {
  const [rows, [count]] = await Promise.all([
    db.execute<PlayerPointLogRow>(sql`
      SELECT l.id, ps.season_id, l.player_season_id, l.delta_points::float8 AS delta_points,
             l.balance_after::float8 AS balance_after, l.reason, l.source, l.ref_id, l.created_at
      FROM player_seasons ps
      JOIN player_point_logs l ON l.player_season_id = ps.id
      WHERE ps.player_id = ${playerId}::uuid ${seasonFilter(seasonId)}
      ORDER BY l.seq DESC
      LIMIT ${page.limit} OFFSET ${page.offset}`),
    db.execute<{ total: number }>(sql`
      SELECT count(*)::int AS total
      FROM player_seasons ps JOIN player_point_logs l ON l.player_season_id = ps.id
      WHERE ps.player_id = ${playerId}::uuid ${seasonFilter(seasonId)}`),
  ]);
  return { rows: [...rows], total: count?.total ?? 0 };
}

/** Registrations, carry-overs, manual changes and round promotions/relegations, oldest first. */
export async function rankHistory(db: Executor, playerId: string, seasonId?: string) {
  const rows = await db.execute<RankHistoryRow>(sql`
    SELECT h.season_id, h.player_season_id, h.round, h.from_rank_id, h.to_rank_id, h.rating::float8 AS rating,
           h.reason, h.created_at
    FROM player_rank_history h
    JOIN player_seasons ps ON ps.id = h.player_season_id
    WHERE h.player_id = ${playerId}::uuid ${seasonFilter(seasonId)}
    ORDER BY h.created_at, h.round NULLS FIRST, h.id`);
  return [...rows];
}

/** The player's row in every finalized round table: the points of a progression chart. */
export async function progression(db: Executor, playerId: string, seasonId?: string) {
  const rows = await db.execute<ProgressionRow>(sql`
    SELECT s.season_id, s.round, s.position, s.accumulated_points::float8 AS accumulated_points,
           s.rating::float8 AS rating, s.rank_id, s.wins, s.losses
    FROM player_round_standings s
    JOIN seasons se ON se.id = s.season_id
    JOIN player_seasons ps ON ps.id = s.player_season_id
    WHERE s.player_id = ${playerId}::uuid ${seasonFilter(seasonId)}
    ORDER BY se.year, se.created_at, s.round`);
  return [...rows];
}
