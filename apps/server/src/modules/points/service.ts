import type { Database } from '../../db/client.js';
import { inTransaction } from '../../db/transaction.js';
import { errors } from '../../errors.js';
import type { Actor } from '../../plugins/auth.js';
import { recordAudit } from '../audit/repository.js';
import type { LeagueEventBus } from '../events/bus.js';
import { applyPointChanges } from '../ledger/repository.js';
import { findPlayerSeason } from '../registrations/repository.js';
import { findSeason } from '../seasons/repository.js';
import { latestLog, listLogs } from './repository.js';

export const MAX_ADJUSTMENT = 10_000;

export interface Adjustment {
  player_season_id: string;
  delta_points: number;
  reason: string;
  source?: 'ADMIN_ADJUST' | 'PENALTY' | 'BONUS';
}

export function pointService(db: Database, bus: LeagueEventBus) {
  return {
    async logs(playerSeasonId: string, limit: number, offset: number) {
      if (!(await findPlayerSeason(db, playerSeasonId))) throw errors.playerSeasonNotFound(playerSeasonId);
      return listLogs(db, playerSeasonId, limit, offset);
    },

    async adjust(actor: Actor, input: Adjustment) {
      const { delta_points: delta } = input;
      const reason = input.reason.trim();
      if (!reason) throw errors.invalidPointAdjustment('A reason is required');
      if (delta === 0) throw errors.invalidPointAdjustment('delta_points must not be zero');
      if (Math.abs(delta) > MAX_ADJUSTMENT)
        throw errors.invalidPointAdjustment(`|delta_points| must be at most ${MAX_ADJUSTMENT}`);
      if (Math.round(delta * 100) / 100 !== delta)
        throw errors.invalidPointAdjustment('delta_points has at most two decimals');

      const result = await inTransaction(db, async (tx) => {
        const row = await findPlayerSeason(tx, input.player_season_id, true);
        if (!row) throw errors.playerSeasonNotFound(input.player_season_id);
        const season = await findSeason(tx, row.season_id);
        if (season?.status !== 'ACTIVE')
          throw errors.seasonNotActive(row.season_id, season?.status ?? 'unknown');
        // Checked under the row lock; the change itself is still an increment done by the database.
        if (row.accumulated_points + delta < 0)
          throw errors.negativePointsResult(row.accumulated_points, delta);
        await applyPointChanges(
          tx,
          [{ playerSeasonId: row.id, deltaPoints: delta, ratingDelta: 0, won: 0, lost: 0 }],
          {
            reason,
            source: input.source ?? 'ADMIN_ADJUST',
            refId: null,
            actorId: actor.userId,
          },
        );
        const log = (await latestLog(tx, row.id))!;
        await recordAudit(tx, actor, {
          action: 'points.adjust',
          entity: 'player_season',
          entityId: row.id,
          after: log,
        });
        return { log, balance: log.balance_after, seasonId: row.season_id };
      });
      bus.publish({
        type: 'points_adjusted',
        season_id: result.seasonId,
        player_season_ids: [input.player_season_id],
      });
      return { log: result.log, balance: result.balance };
    },
  };
}

export type PointService = ReturnType<typeof pointService>;
