import { and, eq } from 'drizzle-orm';
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
  const status = await roundStatusForWrite(db, seasonId, round);
  if (status === 'FINALIZED') throw errors.roundFinalized(round);
  if (status === 'LOCKED' && !allowLocked) throw errors.roundLocked(round);
  return status;
}
