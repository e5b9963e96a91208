import type { Static } from 'typebox';
import type { Database } from '../../db/client.js';
import { inTransaction } from '../../db/transaction.js';
import { errors } from '../../errors.js';
import { cleanText } from '../../lib/text.js';
import type { Actor } from '../../plugins/auth.js';
import { recordAudit } from '../audit/repository.js';
import * as repo from './repository.js';
import type { UpdateRankBody } from './schemas.js';

export function rankService(db: Database) {
  return {
    list: () => repo.listRanks(db),

    /** Thresholds and buffers take effect at the next round finalization; ranges must stay ordered. */
    update: (actor: Actor, id: string, input: Static<typeof UpdateRankBody>) =>
      inTransaction(db, async (tx) => {
        const before = await repo.lockRank(tx, id);
        if (!before) throw errors.rankNotFound(id);
        const changes = { ...input, description: cleanText(input.description) };
        const next = { ...before, ...changes };
        if (next.min_score !== null && next.max_score !== null && next.min_score > next.max_score) {
          throw errors.invalidInput('min_score must not be above max_score', {
            min_score: next.min_score,
            max_score: next.max_score,
          });
        }
        const after = await repo.updateRank(tx, id, changes);
        await recordAudit(tx, actor, { action: 'rank.update', entity: 'rank', entityId: id, before, after });
        return after;
      }),
  };
}

export type RankService = ReturnType<typeof rankService>;
