import { positionMovement } from '@pingpong/domain';
import type { Database } from '../../db/client.js';
import { errors } from '../../errors.js';
import { findSeason } from '../seasons/repository.js';
import { findRound } from './repository.js';
import * as queries from './snapshot-queries.js';

/** Reads of the tables stored when rounds were finalized: history, never recomputed. */
export function roundTableService(db: Database) {
  async function finalizedRound(seasonId: string, round: number) {
    if (!(await findSeason(db, seasonId))) throw errors.seasonNotFound(seasonId);
    const row = await findRound(db, seasonId, round);
    if (!row) throw errors.roundNotFound(`${seasonId}/${round}`);
    if (row.status !== 'FINALIZED') throw errors.roundNotFinalized(round, row.status);
    const previous = await queries.previousFinalizedRound(db, seasonId, round);
    return { season_id: seasonId, round, finalized_at: row.finalized_at, previous_round: previous };
  }

  const withMovement = <T extends { position: number; previous_position: number | null }>(row: T) => ({
    ...row,
    movement: positionMovement(row.previous_position, row.position),
  });

  return {
    async leaderboard(
      seasonId: string,
      round: number,
      filter: queries.SnapshotFilter,
      page: { limit: number; offset: number },
    ) {
      const snapshot = await finalizedRound(seasonId, round);
      const { rows, total } = await queries.playerSnapshotPage(
        db,
        seasonId,
        round,
        snapshot.previous_round,
        filter,
        page,
      );
      return { snapshot, rows: rows.map(withMovement), total };
    },

    async standings(seasonId: string, round: number) {
      const snapshot = await finalizedRound(seasonId, round);
      const rows = await queries.teamSnapshot(db, seasonId, round, snapshot.previous_round);
      return { snapshot, rows: rows.map(withMovement) };
    },
  };
}

export type RoundTableService = ReturnType<typeof roundTableService>;
