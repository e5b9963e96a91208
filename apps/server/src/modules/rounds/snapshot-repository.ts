import type { DivisionStandingsRow, RankChange, RankTier } from '@pingpong/domain';
import { asc, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { ranks, teamRoundStandings } from '../../db/schema/index.js';

/** The tiers as the admin has them now (thresholds and buffers are editable), lowest first. */
export async function rankTiers(db: Executor): Promise<RankTier[]> {
  return db
    .select({
      id: ranks.id,
      sort_order: ranks.sort_order,
      min_score: ranks.min_score,
      max_score: ranks.max_score,
      promotion_buffer: ranks.promotion_buffer,
      relegation_buffer: ranks.relegation_buffer,
    })
    .from(ranks)
    .orderBy(asc(ranks.sort_order));
}

/**
 * The season table as it stands, copied in one statement (so every row sees the same committed state):
 * ACTIVE players, positions with RANK semantics on points then wins, as on the live leaderboard.
 */
export async function insertPlayerSnapshot(db: Executor, seasonId: string, round: number) {
  const rows = await db.execute<{ player_season_id: string; rating: number; rank_id: string }>(sql`
    INSERT INTO player_round_standings (season_id, round, position, player_season_id, player_id, team_id, rank_id,
                                        accumulated_points, rating, wins, losses, matches_played)
    SELECT ps.season_id, ${round}::smallint,
           rank() OVER (ORDER BY ps.accumulated_points DESC, ps.wins DESC),
           ps.id, ps.player_id, ps.team_id, ps.rank_id, ps.accumulated_points, ps.rating, ps.wins, ps.losses,
           ps.matches_played
    FROM player_seasons ps
    WHERE ps.season_id = ${seasonId} AND ps.status = 'ACTIVE'
    RETURNING player_season_id, rating::float8 AS rating, rank_id`);
  return [...rows];
}

const CHUNK = 2_000;

/**
 * Moves each player one tier, writes player_rank_history and gives the round's snapshot row the new rank,
 * in one statement per chunk. The `rank_id = from` guard skips a player whose rank an admin changed since
 * the snapshot was taken, so a manual decision is never overwritten by a stale one.
 */
export async function applyRankChanges(
  db: Executor,
  seasonId: string,
  round: number,
  changes: readonly RankChange[],
  actorId: string | null,
): Promise<RankChange[]> {
  const applied: RankChange[] = [];
  for (let start = 0; start < changes.length; start += CHUNK) {
    const chunk = changes.slice(start, start + CHUNK);
    const values = sql.join(
      chunk.map(
        (c) =>
          sql`(${c.id}::uuid, ${c.from}::varchar, ${c.to}::varchar, ${c.rating}::numeric, ${c.reason}::varchar)`,
      ),
      sql`, `,
    );
    const rows = await db.execute<{ id: string }>(sql`
      WITH change(id, from_rank, to_rank, rating, reason) AS (VALUES ${values}),
      moved AS (
        UPDATE player_seasons ps SET rank_id = c.to_rank, updated_at = now()
        FROM change c
        WHERE ps.id = c.id AND ps.rank_id = c.from_rank
        RETURNING ps.id, ps.player_id
      ),
      history AS (
        INSERT INTO player_rank_history (player_season_id, player_id, season_id, round, from_rank_id, to_rank_id,
                                         rating, reason, actor_id)
        SELECT m.id, m.player_id, ${seasonId}::uuid, ${round}::smallint, c.from_rank, c.to_rank, c.rating, c.reason,
               ${actorId}::uuid
        FROM moved m JOIN change c ON c.id = m.id
      ),
      snapshot AS (
        UPDATE player_round_standings s SET rank_id = c.to_rank
        FROM moved m JOIN change c ON c.id = m.id
        WHERE s.season_id = ${seasonId} AND s.round = ${round} AND s.player_season_id = m.id
      )
      SELECT id FROM moved`);
    const moved = new Set(rows.map((row) => row.id));
    applied.push(...chunk.filter((change) => moved.has(change.id)));
  }
  return applied;
}

export async function insertTeamSnapshot(
  db: Executor,
  seasonId: string,
  round: number,
  rows: readonly DivisionStandingsRow[],
) {
  if (rows.length === 0) return;
  await db.insert(teamRoundStandings).values(rows.map((row) => ({ ...row, season_id: seasonId, round })));
}

export type RankChangeRow = {
  player_season_id: string;
  player_id: string;
  player_name: string;
  from_rank_id: string;
  to_rank_id: string;
  rating: number;
  reason: string;
};

/** The promotions and relegations a finalized round made. */
export async function roundRankChanges(db: Executor, seasonId: string, round: number) {
  const rows = await db.execute<RankChangeRow>(sql`
    SELECT h.player_season_id, h.player_id, p.full_name AS player_name, h.from_rank_id, h.to_rank_id,
           h.rating::float8 AS rating, h.reason
    FROM player_rank_history h
    JOIN players p ON p.id = h.player_id
    WHERE h.season_id = ${seasonId} AND h.round = ${round} AND h.reason IN ('PROMOTION', 'RELEGATION')
    ORDER BY h.reason, p.full_name, h.player_season_id`);
  return [...rows];
}
