import { errors } from '../../errors.js';
import type { FinishPolicy } from '../seasons/service.js';
import * as repo from './repository.js';

/**
 * A season finishes when every round is FINALIZED. A forced finish (with a reason the season service
 * audits) leaves unfinalized rounds without a snapshot but LOCKS the open ones: a result that read the
 * season as ACTIVE just before the finish then meets a locked round instead of slipping in afterwards.
 */
export const roundsFinishPolicy: FinishPolicy = {
  async assertCanFinish(tx, seasonId, force) {
    const open = await repo.unfinalizedRounds(tx, seasonId);
    if (open.length === 0) return;
    if (!force) throw errors.roundsNotFinalized(open.map(({ round, status }) => ({ round, status })));
    await repo.lockOpenRounds(tx, seasonId);
  },
};
