import type { Database } from '../../db/client.js';
import { inTransaction, type Transaction } from '../../db/transaction.js';
import { errors } from '../../errors.js';
import { type Clock, systemClock } from '../../lib/clock.js';
import type { Actor } from '../../plugins/auth.js';
import { recordAudit } from '../audit/repository.js';
import type { LeagueEventBus } from '../events/bus.js';
import { confirmOverdue, unconfirmedFixtures } from '../fixtures/confirmation-repository.js';
import { findSeason } from '../seasons/repository.js';
import { rulesOf } from '../seasons/service.js';
import { writeRoundSnapshots } from './finalize.js';
import * as repo from './repository.js';
import { roundRankChanges } from './snapshot-repository.js';

/**
 * The season row first, then the round FOR UPDATE: the same order as fixture writes (season, then round
 * FOR SHARE), and results holding the round FOR SHARE finish before the round changes state.
 */
async function lockSeasonRound(tx: Transaction, seasonId: string, round: number) {
  const season = await findSeason(tx, seasonId, true);
  if (!season) throw errors.seasonNotFound(seasonId);
  const row = await repo.lockRound(tx, seasonId, round);
  if (!row) throw errors.roundNotFound(`${seasonId}/${round}`);
  return { season, row };
}

function assertSeasonActive(season: { id: string; status: string }) {
  if (season.status !== 'ACTIVE') throw errors.seasonNotActive(season.id, season.status);
}

export function roundService(db: Database, bus: LeagueEventBus, clock: Clock = systemClock) {
  async function view(seasonId: string, round: number) {
    const [row] = await repo.listRoundViews(db, seasonId, { round, limit: 1, offset: 0 });
    if (!row) throw errors.roundNotFound(`${seasonId}/${round}`);
    return row;
  }

  /** Runs a status change; `changed` false means the round already was where it was asked to go. */
  async function transition(
    seasonId: string,
    round: number,
    change: (tx: Transaction, locked: Awaited<ReturnType<typeof lockSeasonRound>>) => Promise<boolean>,
    event: 'round_locked' | 'round_unlocked' | 'round_finalized',
  ) {
    const changed = await inTransaction(db, async (tx) =>
      change(tx, await lockSeasonRound(tx, seasonId, round)),
    );
    if (changed) bus.publish({ type: event, season_id: seasonId, round });
    return { changed, round: await view(seasonId, round) };
  }

  return {
    async list(seasonId: string, limit: number, offset: number) {
      if (!(await findSeason(db, seasonId))) throw errors.seasonNotFound(seasonId);
      const [rows, total] = await Promise.all([
        repo.listRoundViews(db, seasonId, { limit, offset }),
        repo.countRounds(db, seasonId),
      ]);
      return { rows, total };
    },

    async get(seasonId: string, round: number) {
      if (!(await findSeason(db, seasonId))) throw errors.seasonNotFound(seasonId);
      return view(seasonId, round);
    },

    /** OPEN → LOCKED: results and voids stop; an admin can still settle fixtures (POSTPONED, WALKOVER). */
    lock: (actor: Actor, seasonId: string, round: number) =>
      transition(
        seasonId,
        round,
        async (tx, { season, row }) => {
          if (row.status === 'FINALIZED') throw errors.roundFinalized(round);
          if (row.status === 'LOCKED') return false;
          assertSeasonActive(season);
          const after = await repo.updateRound(tx, row.id, { status: 'LOCKED', locked_at: new Date() });
          await recordAudit(tx, actor, {
            action: 'round.lock',
            entity: 'round',
            entityId: row.id,
            before: row,
            after,
          });
          return true;
        },
        'round_locked',
      ),

    /** LOCKED → OPEN, for a round locked too early: results can be recorded again. */
    unlock: (actor: Actor, seasonId: string, round: number) =>
      transition(
        seasonId,
        round,
        async (tx, { season, row }) => {
          if (row.status === 'FINALIZED') throw errors.roundFinalized(round);
          if (row.status === 'OPEN') return false;
          assertSeasonActive(season);
          const after = await repo.updateRound(tx, row.id, { status: 'OPEN', locked_at: null });
          await recordAudit(tx, actor, {
            action: 'round.unlock',
            entity: 'round',
            entityId: row.id,
            before: row,
            after,
          });
          return true;
        },
        'round_unlocked',
      ),

    /**
     * LOCKED → FINALIZED, once: snapshots, rank changes and rank history in one transaction. Asking again
     * changes nothing and answers with what the first finalization did.
     */
    async finalize(actor: Actor, seasonId: string, round: number) {
      const result = await transition(
        seasonId,
        round,
        async (tx, { season, row }) => {
          if (row.status === 'FINALIZED') return false;
          assertSeasonActive(season);
          if (row.status === 'OPEN') throw errors.roundNotLocked(round);
          const earlier = await repo.unfinalizedRounds(tx, seasonId, round);
          if (earlier.length > 0)
            throw errors.previousRoundsNotFinalized(
              round,
              earlier.map(({ round, status }) => ({ round, status })),
            );
          const unsettled = await repo.unsettledFixtures(tx, seasonId, round);
          if (unsettled.length > 0) throw errors.roundNotReady(round, unsettled);
          await confirmOverdue(tx, clock(), { seasonId, round });
          const unconfirmed = await unconfirmedFixtures(tx, seasonId, round);
          if (unconfirmed.length > 0) throw errors.fixtureUnconfirmed(round, unconfirmed);

          const summary = await writeRoundSnapshots(
            tx,
            { id: season.id, rules: rulesOf(season) },
            round,
            actor.userId,
          );
          const after = await repo.updateRound(tx, row.id, {
            status: 'FINALIZED',
            finalized_at: new Date(),
            finalized_by: actor.userId,
          });
          await recordAudit(tx, actor, {
            action: 'round.finalize',
            entity: 'round',
            entityId: row.id,
            before: row,
            after: { ...after, snapshot: summary },
          });
          return true;
        },
        'round_finalized',
      );
      return { ...result, rank_changes: await roundRankChanges(db, seasonId, round) };
    },
  };
}

export type RoundService = ReturnType<typeof roundService>;
