import { and, asc, count, eq, or, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { divisions, fixtures, seasonTeams } from '../../db/schema/index.js';

export type DivisionRow = typeof divisions.$inferSelect;

export async function listDivisions(db: Executor, seasonId: string): Promise<DivisionRow[]> {
  return db.select().from(divisions).where(eq(divisions.season_id, seasonId)).orderBy(asc(divisions.level));
}

export async function findDivision(db: Executor, id: string): Promise<DivisionRow | undefined> {
  const [row] = await db.select().from(divisions).where(eq(divisions.id, id));
  return row;
}

export async function insertDivision(db: Executor, values: typeof divisions.$inferInsert) {
  const [row] = await db.insert(divisions).values(values).returning();
  return row!;
}

export async function updateDivision(
  db: Executor,
  id: string,
  values: Partial<typeof divisions.$inferInsert>,
) {
  const [row] = await db
    .update(divisions)
    .set({ ...values, updated_at: sql`now()` })
    .where(eq(divisions.id, id))
    .returning();
  return row;
}

export async function countDivisions(db: Executor, seasonId: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(divisions).where(eq(divisions.season_id, seasonId));
  return row?.n ?? 0;
}

export async function seasonTeam(db: Executor, seasonId: string, teamId: string, lock = false) {
  const query = db
    .select()
    .from(seasonTeams)
    .where(and(eq(seasonTeams.season_id, seasonId), eq(seasonTeams.team_id, teamId)));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

export async function setTeamDivision(db: Executor, seasonId: string, teamId: string, divisionId: string) {
  await db
    .update(seasonTeams)
    .set({ division_id: divisionId })
    .where(and(eq(seasonTeams.season_id, seasonId), eq(seasonTeams.team_id, teamId)));
}

export async function countTeamFixtures(db: Executor, seasonId: string, teamId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(fixtures)
    .where(
      and(
        eq(fixtures.season_id, seasonId),
        or(eq(fixtures.home_team_id, teamId), eq(fixtures.guest_team_id, teamId)),
      ),
    );
  return row?.n ?? 0;
}
