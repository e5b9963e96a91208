import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';

export type CaptainScope = {
  season_id: string;
  home_team_id: string;
  guest_team_id: string;
  /** The fixture's teams this user captains in the fixture's season (one, or both in a club derby). */
  team_ids: string[];
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A captain's reach on one fixture (found directly or through one of its matches); null when none. */
export async function captainScope(
  db: Executor,
  userId: string,
  kind: 'fixture' | 'match',
  id: string,
): Promise<CaptainScope | null> {
  if (!UUID.test(id)) return null;
  const fixture =
    kind === 'fixture' ? sql`f.id = ${id}` : sql`f.id = (SELECT fixture_id FROM matches WHERE id = ${id})`;
  const [row] = await db.execute<CaptainScope>(sql`
    SELECT f.season_id, f.home_team_id, f.guest_team_id,
           array_agg(c.team_id::text) FILTER (WHERE c.team_id IS NOT NULL) AS team_ids
    FROM fixtures f
    LEFT JOIN team_captains c ON c.season_id = f.season_id AND c.user_id = ${userId}
      AND c.team_id IN (f.home_team_id, f.guest_team_id)
    WHERE ${fixture}
    GROUP BY f.id`);
  if (!row?.team_ids?.length) return null;
  return row;
}

export type Captaincy = {
  season_id: string;
  season_name: string;
  team_id: string;
  team_name: string;
};

export async function captaincies(db: Executor, userId: string): Promise<Captaincy[]> {
  return db.execute<Captaincy>(sql`
    SELECT c.season_id, s.name AS season_name, c.team_id, t.name AS team_name
    FROM team_captains c JOIN seasons s ON s.id = c.season_id JOIN teams t ON t.id = c.team_id
    WHERE c.user_id = ${userId}
    ORDER BY s.year DESC, s.name, t.name`) as unknown as Promise<Captaincy[]>;
}

export async function insertCaptain(db: Executor, seasonId: string, teamId: string, userId: string) {
  const [row] = await db.execute<{ id: string; created_at: string }>(sql`
    INSERT INTO team_captains (season_id, team_id, user_id) VALUES (${seasonId}, ${teamId}, ${userId})
    ON CONFLICT (season_id, team_id, user_id) DO NOTHING
    RETURNING id, created_at`);
  return row ?? null;
}

export async function deleteCaptain(db: Executor, seasonId: string, teamId: string, userId: string) {
  const rows = await db.execute<{ id: string }>(sql`
    DELETE FROM team_captains WHERE season_id = ${seasonId} AND team_id = ${teamId} AND user_id = ${userId}
    RETURNING id`);
  return rows.length > 0;
}

export async function listCaptains(db: Executor, seasonId: string, teamId: string) {
  return db.execute<{ user_id: string; email: string; created_at: string }>(sql`
    SELECT c.user_id, u.email, c.created_at FROM team_captains c JOIN users u ON u.id = c.user_id
    WHERE c.season_id = ${seasonId} AND c.team_id = ${teamId} ORDER BY u.email`) as unknown as Promise<
    Array<{ user_id: string; email: string; created_at: string }>
  >;
}
