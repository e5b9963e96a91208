import { and, asc, count, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { playerSeasons, players, seasons, teams } from '../../db/schema/index.js';
import { escapeLike } from '../../lib/text.js';

export type TeamRow = typeof teams.$inferSelect;

const nameMatches = (q: string) =>
  sql`search_text(${teams.name}) LIKE '%' || search_text(${escapeLike(q)}) || '%'`;

export async function listTeams(db: Executor, q: string | undefined, limit: number, offset: number) {
  const where = q ? nameMatches(q) : undefined;
  const [rows, [total]] = await Promise.all([
    db.select().from(teams).where(where).orderBy(asc(teams.name), asc(teams.id)).limit(limit).offset(offset),
    db.select({ total: count() }).from(teams).where(where),
  ]);
  return { rows, total: total?.total ?? 0 };
}

export async function findTeam(db: Executor, id: string): Promise<TeamRow | undefined> {
  const [row] = await db.select().from(teams).where(eq(teams.id, id));
  return row;
}

export async function lockTeam(db: Executor, id: string): Promise<TeamRow | undefined> {
  const [row] = await db.select().from(teams).where(eq(teams.id, id)).for('update');
  return row;
}

export async function insertTeam(
  db: Executor,
  values: { name: string; short_name: string | null; logo_url?: string | null },
) {
  const [row] = await db.insert(teams).values(values).returning();
  return row!;
}

export async function updateTeam(
  db: Executor,
  id: string,
  values: Partial<Pick<TeamRow, 'name' | 'short_name' | 'logo_url'>>,
) {
  const [row] = await db
    .update(teams)
    .set({ ...values, updated_at: sql`now()` })
    .where(eq(teams.id, id))
    .returning();
  return row;
}

/** The season to show a roster for when none is named: the ACTIVE one, else the latest. */
export async function defaultSeasonId(db: Executor): Promise<string | undefined> {
  const [row] = await db
    .select({ id: seasons.id })
    .from(seasons)
    .orderBy(
      sql`${seasons.status} = 'ACTIVE' DESC`,
      sql`${seasons.year} DESC`,
      sql`${seasons.created_at} DESC`,
    )
    .limit(1);
  return row?.id;
}

export async function listMembers(db: Executor, teamId: string, seasonId: string) {
  return db
    .select({
      player_season_id: playerSeasons.id,
      player_id: players.id,
      full_name: players.full_name,
      avatar_url: players.avatar_url,
      rank_id: playerSeasons.rank_id,
      accumulated_points: playerSeasons.accumulated_points,
      rating: playerSeasons.rating,
      wins: playerSeasons.wins,
      losses: playerSeasons.losses,
      matches_played: playerSeasons.matches_played,
      status: playerSeasons.status,
      display_order: playerSeasons.display_order,
    })
    .from(playerSeasons)
    .innerJoin(players, eq(players.id, playerSeasons.player_id))
    .where(and(eq(playerSeasons.team_id, teamId), eq(playerSeasons.season_id, seasonId)))
    .orderBy(asc(playerSeasons.display_order), asc(players.full_name));
}
