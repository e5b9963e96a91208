import { and, asc, count, eq, lt, ne, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { rounds } from '../../db/schema/index.js';
import { errors } from '../../errors.js';

export type RoundStatus = 'OPEN' | 'LOCKED' | 'FINALIZED';

/** Creating fixtures opens their rounds; a round that already exists keeps its status. */
export async function openRounds(db: Executor, seasonId: string, numbers: number[]): Promise<void> {
  const unique = [...new Set(numbers)];
  if (unique.length === 0) return;
  await db
    .insert(rounds)
    .values(unique.map((round) => ({ season_id: seasonId, round })))
    .onConflictDoNothing();
}

/**
 * The round's status, read with FOR SHARE: writers to a round's fixtures and matches hold the share
 * lock while finalization takes FOR UPDATE, so a round cannot be locked or finalized under a result
 * that is being recorded.
 */
export async function roundStatusForWrite(
  db: Executor,
  seasonId: string,
  round: number,
): Promise<RoundStatus> {
  const [row] = await db
    .select({ status: rounds.status })
    .from(rounds)
    .where(and(eq(rounds.season_id, seasonId), eq(rounds.round, round)))
    .for('share');
  return (row?.status ?? 'OPEN') as RoundStatus;
}

/** Refuses any change to a finalized round, and results/voids in a locked one. */
export async function assertRoundWritable(
  db: Executor,
  seasonId: string,
  round: number,
  allowLocked = false,
): Promise<RoundStatus> {
  return checkRoundWritable(await roundStatusForWrite(db, seasonId, round), round, allowLocked);
}

/** The rule itself, for callers that read the round's status with a lock of their own. */
export function checkRoundWritable(status: RoundStatus, round: number, allowLocked = false): RoundStatus {
  if (status === 'FINALIZED') throw errors.roundFinalized(round);
  if (status === 'LOCKED' && !allowLocked) throw errors.roundLocked(round);
  return status;
}

export type RoundRow = typeof rounds.$inferSelect;

export async function findRound(
  db: Executor,
  seasonId: string,
  round: number,
): Promise<RoundRow | undefined> {
  const [row] = await db
    .select()
    .from(rounds)
    .where(and(eq(rounds.season_id, seasonId), eq(rounds.round, round)));
  return row;
}

/** Lifecycle changes take the round FOR UPDATE: they wait for results holding it FOR SHARE, and stop new ones. */
export async function lockRound(
  db: Executor,
  seasonId: string,
  round: number,
): Promise<RoundRow | undefined> {
  const [row] = await db
    .select()
    .from(rounds)
    .where(and(eq(rounds.season_id, seasonId), eq(rounds.round, round)))
    .for('update');
  return row;
}

export async function updateRound(
  db: Executor,
  id: string,
  values: Partial<Pick<RoundRow, 'status' | 'locked_at' | 'finalized_at' | 'finalized_by'>>,
) {
  const [row] = await db
    .update(rounds)
    .set({ ...values, updated_at: sql`now()` })
    .where(eq(rounds.id, id))
    .returning();
  return row!;
}

/** Rounds of the season that are not finalized yet (below `before` when given), locked in round order. */
export async function unfinalizedRounds(db: Executor, seasonId: string, before?: number) {
  return db
    .select({ id: rounds.id, round: rounds.round, status: rounds.status })
    .from(rounds)
    .where(
      and(
        eq(rounds.season_id, seasonId),
        ne(rounds.status, 'FINALIZED'),
        before === undefined ? undefined : lt(rounds.round, before),
      ),
    )
    .orderBy(asc(rounds.round))
    .for('update');
}

export async function lockOpenRounds(db: Executor, seasonId: string): Promise<void> {
  await db
    .update(rounds)
    .set({ status: 'LOCKED', locked_at: sql`now()`, updated_at: sql`now()` })
    .where(and(eq(rounds.season_id, seasonId), eq(rounds.status, 'OPEN')));
}

/** Fixtures that stop a round from being finalized: still to be played or being played. */
export async function unsettledFixtures(db: Executor, seasonId: string, round: number) {
  const rows = await db.execute<{
    id: string;
    status: string;
    home_team_name: string;
    guest_team_name: string;
    scheduled_at: string | null;
  }>(sql`
    SELECT f.id, f.status, h.name AS home_team_name, g.name AS guest_team_name, f.scheduled_at
    FROM fixtures f
    JOIN teams h ON h.id = f.home_team_id
    JOIN teams g ON g.id = f.guest_team_id
    WHERE f.season_id = ${seasonId} AND f.round = ${round} AND f.status IN ('SCHEDULED', 'ONGOING')
    ORDER BY f.scheduled_at NULLS LAST, h.name`);
  return [...rows];
}

export type RoundView = {
  id: string;
  season_id: string;
  round: number;
  status: RoundStatus;
  fixture_count: number;
  completed_count: number;
  walkover_count: number;
  postponed_count: number;
  pending_count: number;
  can_finalize: boolean;
  locked_at: string | null;
  finalized_at: string | null;
  finalized_by: string | null;
};

/**
 * Rounds with their fixture counts, one aggregate per round through idx_fixtures_round. A round can be
 * finalized when it is LOCKED, has nothing left to play, and every earlier round is already FINALIZED.
 */
export async function listRoundViews(
  db: Executor,
  seasonId: string,
  page: { round?: number; limit: number; offset: number },
) {
  const rows = await db.execute<RoundView>(sql`
    WITH counted AS (
      SELECT r.id, r.season_id, r.round, r.status, r.locked_at, r.finalized_at, r.finalized_by,
             c.fixture_count, c.completed_count, c.walkover_count, c.postponed_count, c.pending_count,
             count(*) FILTER (WHERE r.status <> 'FINALIZED')
               OVER (ORDER BY r.round ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS earlier_open
      FROM rounds r
      CROSS JOIN LATERAL (
        SELECT count(*)::int AS fixture_count,
               count(*) FILTER (WHERE f.status = 'COMPLETED')::int AS completed_count,
               count(*) FILTER (WHERE f.status = 'WALKOVER')::int AS walkover_count,
               count(*) FILTER (WHERE f.status = 'POSTPONED')::int AS postponed_count,
               count(*) FILTER (WHERE f.status IN ('SCHEDULED', 'ONGOING'))::int AS pending_count
        FROM fixtures f WHERE f.season_id = r.season_id AND f.round = r.round
      ) c
      WHERE r.season_id = ${seasonId}
    )
    SELECT id, season_id, round, status, fixture_count, completed_count, walkover_count, postponed_count,
           pending_count, (status = 'LOCKED' AND pending_count = 0 AND earlier_open = 0) AS can_finalize,
           locked_at, finalized_at, finalized_by
    FROM counted
    ${page.round === undefined ? sql`` : sql`WHERE round = ${page.round}`}
    ORDER BY round
    LIMIT ${page.limit} OFFSET ${page.offset}`);
  return [...rows];
}

export async function countRounds(db: Executor, seasonId: string): Promise<number> {
  const [row] = await db.select({ total: count() }).from(rounds).where(eq(rounds.season_id, seasonId));
  return row?.total ?? 0;
}
