import { and, asc, count, desc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { playerSeasons, seasons, seasonTeams, teams } from '../../db/schema/index.js';
import { OPENING_REASON } from '../registrations/repository.js';

export type SeasonRow = typeof seasons.$inferSelect;

export async function findSeason(db: Executor, id: string, lock = false): Promise<SeasonRow | undefined> {
  const query = db.select().from(seasons).where(eq(seasons.id, id));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

export async function findActiveSeason(db: Executor): Promise<SeasonRow | undefined> {
  const [row] = await db.select().from(seasons).where(eq(seasons.status, 'ACTIVE'));
  return row;
}

export async function listSeasons(
  db: Executor,
  filter: { status?: string; year?: number },
  limit: number,
  offset: number,
) {
  const where = and(
    filter.status ? eq(seasons.status, filter.status) : undefined,
    filter.year ? eq(seasons.year, filter.year) : undefined,
  );
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(seasons)
      .where(where)
      .orderBy(desc(seasons.year), desc(seasons.created_at))
      .limit(limit)
      .offset(offset),
    db.select({ total: count() }).from(seasons).where(where),
  ]);
  return { rows, total: total?.total ?? 0 };
}

export async function insertSeason(db: Executor, values: typeof seasons.$inferInsert) {
  const [row] = await db.insert(seasons).values(values).returning();
  return row!;
}

export async function updateSeason(db: Executor, id: string, values: Partial<typeof seasons.$inferInsert>) {
  const [row] = await db
    .update(seasons)
    .set({ ...values, updated_at: sql`now()` })
    .where(eq(seasons.id, id))
    .returning();
  return row;
}

export async function listSeasonTeams(db: Executor, seasonId: string) {
  return db
    .select({
      id: seasonTeams.id,
      season_id: seasonTeams.season_id,
      team_id: seasonTeams.team_id,
      team_name: teams.name,
      short_name: teams.short_name,
      logo_url: teams.logo_url,
      division_id: seasonTeams.division_id,
      withdrawn_at: seasonTeams.withdrawn_at,
      player_count: sql<number>`(SELECT count(*)::int FROM ${playerSeasons} ps
        WHERE ps.season_id = ${seasonTeams.season_id} AND ps.team_id = ${seasonTeams.team_id})`,
      created_at: seasonTeams.created_at,
    })
    .from(seasonTeams)
    .innerJoin(teams, eq(teams.id, seasonTeams.team_id))
    .where(eq(seasonTeams.season_id, seasonId))
    .orderBy(asc(teams.name));
}

export async function isTeamInSeason(db: Executor, seasonId: string, teamId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: seasonTeams.id })
    .from(seasonTeams)
    .where(and(eq(seasonTeams.season_id, seasonId), eq(seasonTeams.team_id, teamId)));
  return row !== undefined;
}

/** Returns the new entry, or undefined when the team was already entered. */
export async function enterTeam(
  db: Executor,
  seasonId: string,
  teamId: string,
  divisionId: string | null = null,
) {
  const [row] = await db
    .insert(seasonTeams)
    .values({ season_id: seasonId, team_id: teamId, division_id: divisionId })
    .onConflictDoNothing()
    .returning();
  return row;
}

/** The roll-over's entries, one statement for the whole season. */
export async function enterTeams(
  db: Executor,
  seasonId: string,
  entries: Array<{ team_id: string; division_id: string | null }>,
) {
  if (entries.length === 0) return;
  await db
    .insert(seasonTeams)
    .values(entries.map((entry) => ({ season_id: seasonId, ...entry })))
    .onConflictDoNothing();
}

/**
 * The roll-over's registrations in one statement whatever the season's size: every ACTIVE registration of a
 * team still in the season comes over with its team, rank, rating and line-up order and no points, each with
 * what a registration through the API writes beside it (its INITIAL log, so the ledger explains the opening
 * balance, and a CARRY_OVER rank history row). Returns how many came over.
 */
export async function carryRegistrationsOver(
  db: Executor,
  fromSeasonId: string,
  toSeasonId: string,
  actorId: string | null,
): Promise<number> {
  const [row] = await db.execute<{ carried: number }>(sql`
    WITH carried AS (
      INSERT INTO player_seasons (season_id, player_id, team_id, rank_id, rating, accumulated_points, display_order)
      SELECT ${toSeasonId}::uuid, ps.player_id, ps.team_id, ps.rank_id, ps.rating, 0, ps.display_order
      FROM player_seasons ps JOIN season_teams st ON st.season_id = ps.season_id AND st.team_id = ps.team_id
      WHERE ps.season_id = ${fromSeasonId} AND ps.status = 'ACTIVE' AND st.withdrawn_at IS NULL
      ORDER BY ps.id
      RETURNING id, player_id, season_id, rank_id, rating, accumulated_points
    ),
    opening AS (
      INSERT INTO player_point_logs (player_season_id, delta_points, balance_after, reason, source, actor_id)
      SELECT id, accumulated_points, accumulated_points, ${OPENING_REASON}::text, 'INITIAL', ${actorId}::uuid
      FROM carried
    ),
    history AS (
      INSERT INTO player_rank_history (player_season_id, player_id, season_id, to_rank_id, rating, reason, actor_id)
      SELECT id, player_id, season_id, rank_id, rating, 'CARRY_OVER', ${actorId}::uuid FROM carried
    )
    SELECT count(*)::int AS carried FROM carried`);
  return row!.carried;
}
