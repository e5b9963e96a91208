import type { Static } from 'typebox';
import type { Database } from '../../db/client.js';
import { inTransaction } from '../../db/transaction.js';
import { errors } from '../../errors.js';
import { cleanName } from '../../lib/text.js';
import type { Actor } from '../../plugins/auth.js';
import { recordAudit } from '../audit/repository.js';
import * as repo from './repository.js';
import type { CreatePlayerBody, UpdatePlayerBody } from './schemas.js';

/** What a caller may see of a player: personal data (phone, cccd) only for an admin. */
export function playerView(row: repo.PlayerRow, isAdmin: boolean) {
  if (isAdmin) return row;
  const { phone: _phone, cccd: _cccd, ...rest } = row;
  return rest;
}

function values(input: Static<typeof UpdatePlayerBody>): repo.PlayerValues {
  const { full_name, ...rest } = input;
  return { ...rest, ...(full_name !== undefined ? { full_name: cleanName(full_name) } : {}) };
}

export function playerService(db: Database) {
  return {
    list: (filter: { q?: string; isActive?: boolean }, limit: number, offset: number) =>
      repo.listPlayers(db, { ...filter, q: filter.q?.trim() || undefined }, limit, offset),

    async get(id: string) {
      const player = await repo.findPlayer(db, id);
      if (!player) throw errors.playerNotFound(id);
      return player;
    },

    create: (actor: Actor, input: Static<typeof CreatePlayerBody>) =>
      inTransaction(db, async (tx) => {
        const player = await repo.insertPlayer(tx, {
          ...values(input),
          full_name: cleanName(input.full_name),
        });
        await recordAudit(tx, actor, {
          action: 'player.create',
          entity: 'player',
          entityId: player.id,
          after: player,
        });
        return player;
      }),

    update: (actor: Actor, id: string, input: Static<typeof UpdatePlayerBody>) =>
      inTransaction(db, async (tx) => {
        const before = await repo.findPlayer(tx, id, true);
        if (!before) throw errors.playerNotFound(id);
        const after = (await repo.updatePlayer(tx, id, values(input)))!;
        await recordAudit(tx, actor, {
          action: 'player.update',
          entity: 'player',
          entityId: id,
          before,
          after,
        });
        return after;
      }),
  };
}

export type PlayerService = ReturnType<typeof playerService>;
