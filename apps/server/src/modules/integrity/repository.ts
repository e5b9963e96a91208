import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';

/**
 * SPEC §3's invariant over the whole database: each player_season's points equal the sum of its logs,
 * and its last log's balance_after equals them too. One pass over the logs, grouped.
 */
export async function checkIntegrity(db: Executor) {
  const rows = await db.execute<{
    checked: number;
    player_season_id: string | null;
    accumulated_points: number | null;
    log_sum: number | null;
    last_balance_after: number | null;
  }>(sql`
    WITH sums AS (
      SELECT player_season_id, sum(delta_points) AS log_sum,
             (array_agg(balance_after ORDER BY seq DESC))[1] AS last_balance_after
      FROM player_point_logs GROUP BY player_season_id
    ),
    joined AS (
      SELECT ps.id, ps.accumulated_points, coalesce(s.log_sum, 0) AS log_sum, s.last_balance_after
      FROM player_seasons ps LEFT JOIN sums s ON s.player_season_id = ps.id
    )
    SELECT (SELECT count(*)::int FROM joined) AS checked, j.id AS player_season_id,
           j.accumulated_points::float8 AS accumulated_points, j.log_sum::float8 AS log_sum,
           j.last_balance_after::float8 AS last_balance_after
    FROM (SELECT 1) one
    LEFT JOIN joined j ON j.accumulated_points <> j.log_sum
      OR j.last_balance_after IS DISTINCT FROM j.accumulated_points`);
  const checked = rows[0]?.checked ?? 0;
  const violations = rows
    .filter((row) => row.player_season_id !== null)
    .map((row) => ({
      player_season_id: row.player_season_id!,
      accumulated_points: row.accumulated_points!,
      log_sum: row.log_sum!,
      last_balance_after: row.last_balance_after,
    }));
  return { ok: violations.length === 0, checked, violations };
}
