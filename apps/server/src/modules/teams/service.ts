import type { Database } from '../../db/client.js';
import { violatedConstraint } from '../../db/errors.js';
import { inTransaction } from '../../db/transaction.js';
import { errors } from '../../errors.js';
import { cleanName, cleanOptional } from '../../lib/text.js';
import type { Actor } from '../../plugins/auth.js';
import { recordAudit } from '../audit/repository.js';
import * as repo from './repository.js';

function isNameTaken(error: unknown): boolean {
  return violatedConstraint(error) === 'teams_name_lower_key';
}

export function teamService(db: Database) {
  return {
    list: (q: string | undefined, limit: number, offset: number) =>
      repo.listTeams(db, q?.trim() || undefined, limit, offset),

    async get(id: string) {
      const team = await repo.findTeam(db, id);
      if (!team) throw errors.teamNotFound(id);
      return team;
    },

    async create(
      actor: Actor,
      input: { name: string; short_name?: string | null; logo_url?: string | null },
    ) {
      const name = cleanName(input.name);
      try {
        return await inTransaction(db, async (tx) => {
          const team = await repo.insertTeam(tx, {
            name,
            short_name: cleanOptional(input.short_name) ?? null,
            logo_url: input.logo_url ?? null,
          });
          await recordAudit(tx, actor, {
            action: 'team.create',
            entity: 'team',
            entityId: team.id,
            after: team,
          });
          return team;
        });
      } catch (error) {
        if (isNameTaken(error)) throw errors.teamAlreadyExists(name);
        throw error;
      }
    },

    async update(
      actor: Actor,
      id: string,
      input: { name?: string; short_name?: string | null; logo_url?: string | null },
    ) {
      const changes = {
        ...(input.name !== undefined ? { name: cleanName(input.name) } : {}),
        ...(input.short_name !== undefined ? { short_name: cleanOptional(input.short_name) ?? null } : {}),
        ...(input.logo_url !== undefined ? { logo_url: input.logo_url } : {}),
      };
      try {
        return await inTransaction(db, async (tx) => {
          const before = await repo.lockTeam(tx, id);
          if (!before) throw errors.teamNotFound(id);
          const after = await repo.updateTeam(tx, id, changes);
          await recordAudit(tx, actor, {
            action: 'team.update',
            entity: 'team',
            entityId: id,
            before,
            after,
          });
          return after!;
        });
      } catch (error) {
        if (isNameTaken(error)) throw errors.teamAlreadyExists(changes.name ?? '');
        throw error;
      }
    },

    async members(teamId: string, seasonId: string | undefined) {
      if (!(await repo.findTeam(db, teamId))) throw errors.teamNotFound(teamId);
      const season = seasonId ?? (await repo.defaultSeasonId(db));
      return season ? repo.listMembers(db, teamId, season) : [];
    },
  };
}

export type TeamService = ReturnType<typeof teamService>;
