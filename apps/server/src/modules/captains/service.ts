import type { Database } from '../../db/client.js';
import { inTransaction } from '../../db/transaction.js';
import { errors } from '../../errors.js';
import type { Actor } from '../../plugins/auth.js';
import { recordAudit } from '../audit/repository.js';
import { findSeason, isTeamInSeason } from '../seasons/repository.js';
import { defaultSeasonId, findTeam } from '../teams/repository.js';
import { findUser } from '../users/repository.js';
import * as repo from './repository.js';

export function captainService(db: Database) {
  return {
    list: (seasonId: string, teamId: string) => repo.listCaptains(db, seasonId, teamId),
    mine: (userId: string) => repo.captaincies(db, userId),

    /** A team's captains in a season; with no season given, the one a team's roster defaults to. */
    async ofTeam(teamId: string, seasonId: string | undefined) {
      if (!(await findTeam(db, teamId))) throw errors.teamNotFound(teamId);
      if (seasonId && !(await findSeason(db, seasonId))) throw errors.seasonNotFound(seasonId);
      const season = seasonId ?? (await defaultSeasonId(db)) ?? null;
      return { season_id: season, captains: season ? await repo.listCaptains(db, season, teamId) : [] };
    },

    async appoint(actor: Actor, seasonId: string, teamId: string, userId: string) {
      await inTransaction(db, async (tx) => {
        if (!(await findSeason(tx, seasonId))) throw errors.seasonNotFound(seasonId);
        if (!(await isTeamInSeason(tx, seasonId, teamId))) throw errors.teamNotInSeason(teamId, seasonId);
        const user = await findUser(tx, userId);
        if (!user) throw errors.userNotFound(userId);
        if (!user.is_active) throw errors.invalidInput('The account is disabled', { user_id: userId });
        const row = await repo.insertCaptain(tx, seasonId, teamId, userId);
        if (!row) throw errors.captainAlreadyAppointed(userId, teamId);
        await recordAudit(tx, actor, {
          action: 'captain.appoint',
          entity: 'team_captain',
          entityId: row.id,
          after: { season_id: seasonId, team_id: teamId, user_id: userId },
        });
      });
      return repo.listCaptains(db, seasonId, teamId);
    },

    async remove(actor: Actor, seasonId: string, teamId: string, userId: string) {
      await inTransaction(db, async (tx) => {
        if (!(await repo.deleteCaptain(tx, seasonId, teamId, userId))) throw errors.captainNotFound(userId);
        await recordAudit(tx, actor, {
          action: 'captain.remove',
          entity: 'team_captain',
          entityId: null,
          before: { season_id: seasonId, team_id: teamId, user_id: userId },
        });
      });
      return repo.listCaptains(db, seasonId, teamId);
    },
  };
}

export type CaptainService = ReturnType<typeof captainService>;
