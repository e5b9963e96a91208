import { and, asc, count, desc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { playerSeasons, seasons, seasonTeams, teams } from '../../db/schema/index.js';

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

type CarriedRegistration = {
  player_id: string;
  team_id: string;
  rank_id: string;
  rating: string;
  display_order: number;
};

/** The roll-over carries on every ACTIVE registration of a team still in the season. */
export async function registrationsCarriedOver(db: Executor, seasonId: string) {
  return (await db.execute<CarriedRegistration>(sql`
    SELECT ps.player_id, ps.team_id, ps.rank_id, ps.rating, ps.display_order
    FROM player_seasons ps JOIN season_teams st ON st.season_id = ps.season_id AND st.team_id = ps.team_id
    WHERE ps.season_id = ${seasonId} AND ps.status = 'ACTIVE' AND st.withdrawn_at IS NULL
    ORDER BY ps.id`)) as unknown as CarriedRegistration[];
}
