import type { Database } from '../../db/client.js';
import { violatedConstraint } from '../../db/errors.js';
import { inTransaction } from '../../db/transaction.js';
import { errors } from '../../errors.js';
import { cleanName } from '../../lib/text.js';
import type { Actor } from '../../plugins/auth.js';
import { recordAudit } from '../audit/repository.js';
import { findSeason } from '../seasons/repository.js';
import * as repo from './repository.js';

interface DivisionInput {
  name?: string;
  level?: number;
  promotion_places?: number;
  relegation_places?: number;
}

/** The two unique keys of a division, as the errors a client can act on. */
function duplicate(error: unknown, input: DivisionInput): never {
  const constraint = violatedConstraint(error);
  if (constraint === 'divisions_season_name_key') throw errors.divisionAlreadyExists('name', input.name);
  if (constraint === 'divisions_season_level_key') throw errors.divisionAlreadyExists('level', input.level);
  throw error;
}

export function divisionService(db: Database) {
  return {
    async list(seasonId: string) {
      if (!(await findSeason(db, seasonId))) throw errors.seasonNotFound(seasonId);
      return repo.listDivisions(db, seasonId);
    },

    create: (
      actor: Actor,
      seasonId: string,
      input: Required<Pick<DivisionInput, 'name' | 'level'>> & DivisionInput,
    ) =>
      inTransaction(db, async (tx) => {
        const season = await findSeason(tx, seasonId, true);
        if (!season) throw errors.seasonNotFound(seasonId);
        if (season.status === 'FINISHED') throw errors.seasonNotActive(seasonId, season.status);
        const row = await repo.insertDivision(tx, {
          season_id: seasonId,
          name: cleanName(input.name),
          level: input.level,
          promotion_places: input.promotion_places ?? 0,
          relegation_places: input.relegation_places ?? 0,
        });
        await recordAudit(tx, actor, {
          action: 'division.create',
          entity: 'division',
          entityId: row.id,
          after: row,
        });
        return row;
      }).catch((error: unknown) => duplicate(error, input)),

    update: (actor: Actor, id: string, input: DivisionInput) =>
      inTransaction(db, async (tx) => {
        const before = await repo.findDivision(tx, id);
        if (!before) throw errors.divisionNotFound(id);
        const after = await repo.updateDivision(tx, id, {
          ...(input.name !== undefined ? { name: cleanName(input.name) } : {}),
          ...(input.level !== undefined ? { level: input.level } : {}),
          ...(input.promotion_places !== undefined ? { promotion_places: input.promotion_places } : {}),
          ...(input.relegation_places !== undefined ? { relegation_places: input.relegation_places } : {}),
        });
        await recordAudit(tx, actor, {
          action: 'division.update',
          entity: 'division',
          entityId: id,
          before,
          after,
        });
        return after!;
      }).catch((error: unknown) => duplicate(error, input)),

    /** Moves a team to another division of its season, while it has no fixtures yet. */
    moveTeam: (actor: Actor, seasonId: string, teamId: string, divisionId: string) =>
      inTransaction(db, async (tx) => {
        const entry = await repo.seasonTeam(tx, seasonId, teamId, true);
        if (!entry) throw errors.teamNotInSeason(teamId, seasonId);
        const division = await repo.findDivision(tx, divisionId);
        if (!division || division.season_id !== seasonId) throw errors.divisionNotFound(divisionId);
        if ((await repo.countTeamFixtures(tx, seasonId, teamId)) > 0) throw errors.teamHasFixtures(teamId);
        await repo.setTeamDivision(tx, seasonId, teamId, divisionId);
        await recordAudit(tx, actor, {
          action: 'season.move_team',
          entity: 'season',
          entityId: seasonId,
          before: { team_id: teamId, division_id: entry.division_id },
          after: { team_id: teamId, division_id: divisionId },
        });
      }),
  };
}

export type DivisionService = ReturnType<typeof divisionService>;
