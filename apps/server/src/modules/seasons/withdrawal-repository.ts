import { and, asc, eq, inArray, ne, or, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { fixtures, rounds } from '../../db/schema/index.js';
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
  const query = db
    .select({ fixture: fixtures })
    .from(fixtures)
    .innerJoin(rounds, and(eq(rounds.season_id, fixtures.season_id), eq(rounds.round, fixtures.round)))
    .where(
      and(
        eq(fixtures.season_id, seasonId),
        or(eq(fixtures.home_team_id, teamId), eq(fixtures.guest_team_id, teamId)),
        inArray(fixtures.status, ['SCHEDULED', 'POSTPONED']),
        ne(rounds.status, 'FINALIZED'),
      ),
    )
    .orderBy(asc(fixtures.round), asc(fixtures.id));
  const rows = lock ? await query.for('update', { of: fixtures }) : await query;
  return rows.map((row) => row.fixture);
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

export async function markTeamWithdrawn(db: Executor, seasonId: string, teamId: string, reason: string) {
  await db.execute(sql`
    UPDATE season_teams SET withdrawn_at = now(), withdraw_reason = ${reason}
    WHERE season_id = ${seasonId} AND team_id = ${teamId}`);
}
