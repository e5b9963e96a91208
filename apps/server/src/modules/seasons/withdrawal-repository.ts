import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import type { FixtureRow } from '../fixtures/repository.js';

/**
 * The one home of SPEC §6's withdrawal rule: a withdrawing team's unplayed fixtures are those SCHEDULED
 * or POSTPONED in a round not yet finalized. The withdrawal locks them (`lock`) and turns them into
 * walkovers; the preview reads the same rows, so the organiser's confirmation lists exactly those.
 */
export async function unplayedFixturesOf(
  db: Executor,
  seasonId: string,
  teamId: string,
  lock = false,
): Promise<FixtureRow[]> {
  const rows = await db.execute<FixtureRow>(sql`
    SELECT f.* FROM fixtures f JOIN rounds r ON r.season_id = f.season_id AND r.round = f.round
    WHERE f.season_id = ${seasonId} AND (f.home_team_id = ${teamId} OR f.guest_team_id = ${teamId})
      AND f.status IN ('SCHEDULED', 'POSTPONED') AND r.status <> 'FINALIZED'
    ORDER BY f.round, f.id
    ${lock ? sql`FOR UPDATE OF f` : sql``}`);
  return rows as unknown as FixtureRow[];
}

/** Fixtures already under way: a withdrawal leaves them for the organiser to settle. */
export async function startedFixtureCount(db: Executor, seasonId: string, teamId: string): Promise<number> {
  const [row] = await db.execute<{ n: number }>(sql`
    SELECT count(*)::int AS n FROM fixtures
    WHERE season_id = ${seasonId} AND (home_team_id = ${teamId} OR guest_team_id = ${teamId})
      AND status = 'ONGOING'`);
  return row?.n ?? 0;
}

// The team's registrations a withdrawal marks WITHDRAWN, shared by the write and the preview's count.
const stillRegistered = (seasonId: string, teamId: string) =>
  sql`season_id = ${seasonId} AND team_id = ${teamId} AND status <> 'WITHDRAWN'`;

export async function withdrawRegistrations(db: Executor, seasonId: string, teamId: string) {
  const rows = await db.execute<{ id: string }>(sql`
    UPDATE player_seasons SET status = 'WITHDRAWN', updated_at = now()
    WHERE ${stillRegistered(seasonId, teamId)} RETURNING id`);
  return rows.map((row) => row.id);
}

export async function registrationsToWithdraw(db: Executor, seasonId: string, teamId: string) {
  const [row] = await db.execute<{ n: number }>(sql`
    SELECT count(*)::int AS n FROM player_seasons WHERE ${stillRegistered(seasonId, teamId)}`);
  return row?.n ?? 0;
}
