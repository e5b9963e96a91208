import { and, asc, count, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import {
  playerPointLogs,
  playerRankHistory,
  playerSeasons,
  players,
  ranks,
  teams,
} from '../../db/schema/index.js';

export type PlayerSeasonRow = typeof playerSeasons.$inferSelect;

const viewColumns = {
  id: playerSeasons.id,
  season_id: playerSeasons.season_id,
  player_id: playerSeasons.player_id,
  player_name: players.full_name,
  team_id: playerSeasons.team_id,
  team_name: teams.name,
  rank_id: playerSeasons.rank_id,
  accumulated_points: playerSeasons.accumulated_points,
  rating: playerSeasons.rating,
  wins: playerSeasons.wins,
  losses: playerSeasons.losses,
  matches_played: playerSeasons.matches_played,
  status: playerSeasons.status,
  display_order: playerSeasons.display_order,
  created_at: playerSeasons.created_at,
  updated_at: playerSeasons.updated_at,
};

function viewQuery(db: Executor) {
  return db
    .select(viewColumns)
    .from(playerSeasons)
    .innerJoin(players, eq(players.id, playerSeasons.player_id))
    .innerJoin(teams, eq(teams.id, playerSeasons.team_id));
}

export async function findPlayerSeasonView(db: Executor, id: string) {
  const [row] = await viewQuery(db).where(eq(playerSeasons.id, id));
  return row;
}

export async function listRegistrations(
  db: Executor,
  seasonId: string,
  filter: { teamId?: string; status?: string },
  limit: number,
  offset: number,
) {
  const where = and(
    eq(playerSeasons.season_id, seasonId),
    filter.teamId ? eq(playerSeasons.team_id, filter.teamId) : undefined,
    filter.status ? eq(playerSeasons.status, filter.status) : undefined,
  );
  const [rows, [total]] = await Promise.all([
    viewQuery(db)
      .where(where)
      .orderBy(asc(teams.name), asc(playerSeasons.display_order), asc(players.full_name))
      .limit(limit)
      .offset(offset),
    db.select({ total: count() }).from(playerSeasons).where(where),
  ]);
  return { rows, total: total?.total ?? 0 };
}

export async function findPlayerSeason(
  db: Executor,
  id: string,
  lock = false,
): Promise<PlayerSeasonRow | undefined> {
  const query = db.select().from(playerSeasons).where(eq(playerSeasons.id, id));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

export async function findRegistration(db: Executor, seasonId: string, playerId: string) {
  const [row] = await db
    .select()
    .from(playerSeasons)
    .where(and(eq(playerSeasons.season_id, seasonId), eq(playerSeasons.player_id, playerId)));
  return row;
}

export async function findRank(db: Executor, id: string) {
  const [row] = await db.select().from(ranks).where(eq(ranks.id, id));
  return row;
}

export async function insertPlayerSeason(db: Executor, values: typeof playerSeasons.$inferInsert) {
  const [row] = await db.insert(playerSeasons).values(values).returning();
  return row!;
}

export async function updatePlayerSeason(
  db: Executor,
  id: string,
  values: Partial<Pick<PlayerSeasonRow, 'team_id' | 'rank_id' | 'status' | 'display_order'>>,
) {
  const [row] = await db
    .update(playerSeasons)
    .set({ ...values, updated_at: sql`now()` })
    .where(eq(playerSeasons.id, id))
    .returning();
  return row;
}

/** The reason on a registration's INITIAL log, however it was registered (API, roll-over, import). */
export const OPENING_REASON = 'Opening points at registration';

/** Opening balance: every player_season starts its trail with one INITIAL log, even at zero points. */
export async function insertInitialLog(
  db: Executor,
  playerSeasonId: string,
  points: number,
  actorId: string | null,
) {
  await db.insert(playerPointLogs).values({
    player_season_id: playerSeasonId,
    delta_points: points,
    balance_after: points,
    reason: OPENING_REASON,
    source: 'INITIAL',
    actor_id: actorId,
  });
}

export async function insertRankHistory(db: Executor, values: typeof playerRankHistory.$inferInsert) {
  await db.insert(playerRankHistory).values(values);
}
