import { asc, count, desc, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { playerPointLogs } from '../../db/schema/index.js';

const logColumns = {
  id: playerPointLogs.id,
  player_season_id: playerPointLogs.player_season_id,
  delta_points: playerPointLogs.delta_points,
  balance_after: playerPointLogs.balance_after,
  reason: playerPointLogs.reason,
  source: playerPointLogs.source,
  ref_id: playerPointLogs.ref_id,
  actor_id: playerPointLogs.actor_id,
  created_at: playerPointLogs.created_at,
};

/** The trail in the order it was written (seq), oldest first, so balances read as a running total. */
export async function listLogs(db: Executor, playerSeasonId: string, limit: number, offset: number) {
  const where = eq(playerPointLogs.player_season_id, playerSeasonId);
  const [rows, [total]] = await Promise.all([
    db
      .select(logColumns)
      .from(playerPointLogs)
      .where(where)
      .orderBy(asc(playerPointLogs.seq))
      .limit(limit)
      .offset(offset),
    db.select({ total: count() }).from(playerPointLogs).where(where),
  ]);
  return { rows, total: total?.total ?? 0 };
}

export async function latestLog(db: Executor, playerSeasonId: string) {
  const [row] = await db
    .select(logColumns)
    .from(playerPointLogs)
    .where(eq(playerPointLogs.player_season_id, playerSeasonId))
    .orderBy(desc(playerPointLogs.seq))
    .limit(1);
  return row;
}
