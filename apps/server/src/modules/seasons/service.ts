import { checkSeasonRules, isTimeZone, resolveSeasonRules, type SeasonRules } from '@pingpong/domain';
import type { Static } from 'typebox';
import type { Database } from '../../db/client.js';
import { violatedConstraint } from '../../db/errors.js';
import { inTransaction, type Transaction } from '../../db/transaction.js';
import { errors } from '../../errors.js';
import { cleanName, cleanText } from '../../lib/text.js';
import type { Actor } from '../../plugins/auth.js';
import { recordAudit } from '../audit/repository.js';
import { countDivisions, findDivision } from '../divisions/repository.js';
import { findTeam } from '../teams/repository.js';
import * as repo from './repository.js';
import type { CreateSeasonBody, SeasonRulesInput, UpdateSeasonBody } from './schemas.js';

/** SPEC §6: once a season has divisions, every entered team plays in one of them. */
async function checkDivision(tx: Transaction, seasonId: string, divisionId: string | undefined) {
  if (divisionId === undefined) {
    if ((await countDivisions(tx, seasonId)) > 0) throw errors.divisionRequired();
    return;
  }
  const division = await findDivision(tx, divisionId);
  if (!division || division.season_id !== seasonId) throw errors.divisionNotFound(divisionId);
}

function checkTimezone(zone: string | null | undefined) {
  if (zone && !isTimeZone(zone)) throw errors.invalidInput(`Unknown time zone "${zone}"`, { timezone: zone });
}

export function rulesOf(season: { rules: unknown }): SeasonRules {
  return resolveSeasonRules(season.rules as Partial<SeasonRules>);
}

function checkedRules(input: Static<typeof SeasonRulesInput> | undefined, base?: SeasonRules): SeasonRules {
  const rules = resolveSeasonRules({ ...base, ...input });
  const problems = checkSeasonRules(rules);
  if (problems.length > 0) throw errors.invalidSeasonRules(problems);
  return rules;
}

function checkDates(start: string | null | undefined, end: string | null | undefined) {
  if (start && end && end < start)
    throw errors.invalidInput('end_date must not be before start_date', { start_date: start, end_date: end });
}

/** Hooks for what finishing a season requires; the rounds module fills them in. */
export interface FinishPolicy {
  assertCanFinish(tx: Transaction, seasonId: string, force: boolean): Promise<void>;
}

export function seasonService(
  db: Database,
  finishPolicy: FinishPolicy = { assertCanFinish: async () => {} },
) {
  async function getLocked(tx: Transaction, id: string) {
    const season = await repo.findSeason(tx, id, true);
    if (!season) throw errors.seasonNotFound(id);
    return season;
  }

  return {
    list: (filter: { status?: string; year?: number }, limit: number, offset: number) =>
      repo.listSeasons(db, filter, limit, offset),

    async get(id: string) {
      const season = await repo.findSeason(db, id);
      if (!season) throw errors.seasonNotFound(id);
      return season;
    },

    create: (actor: Actor, input: Static<typeof CreateSeasonBody>) => {
      checkDates(input.start_date, input.end_date);
      checkTimezone(input.timezone);
      const rules = checkedRules(input.rules);
      return inTransaction(db, async (tx) => {
        const season = await repo.insertSeason(tx, {
          name: cleanName(input.name),
          year: input.year,
          start_date: input.start_date ?? null,
          end_date: input.end_date ?? null,
          timezone: input.timezone ?? null,
          rules,
        });
        await recordAudit(tx, actor, {
          action: 'season.create',
          entity: 'season',
          entityId: season.id,
          after: season,
        });
        return season;
      });
    },

    update: (actor: Actor, id: string, input: Static<typeof UpdateSeasonBody>) =>
      inTransaction(db, async (tx) => {
        const before = await getLocked(tx, id);
        if (before.status === 'FINISHED')
          throw errors.invalidSeasonStatus('A finished season can no longer change', {
            status: before.status,
          });
        const start = input.start_date === undefined ? before.start_date : input.start_date;
        const end = input.end_date === undefined ? before.end_date : input.end_date;
        checkDates(start, end);
        checkTimezone(input.timezone);
        const after = await repo.updateSeason(tx, id, {
          ...(input.timezone !== undefined ? { timezone: input.timezone } : {}),
          ...(input.name !== undefined ? { name: cleanName(input.name) } : {}),
          ...(input.year !== undefined ? { year: input.year } : {}),
          start_date: start,
          end_date: end,
          ...(input.rules !== undefined ? { rules: checkedRules(input.rules, rulesOf(before)) } : {}),
        });
        await recordAudit(tx, actor, {
          action: 'season.update',
          entity: 'season',
          entityId: id,
          before,
          after,
        });
        return after!;
      }),

    async start(actor: Actor, id: string) {
      try {
        return await inTransaction(db, async (tx) => {
          const before = await getLocked(tx, id);
          if (before.status !== 'UPCOMING') {
            throw errors.invalidSeasonStatus(
              `Only an UPCOMING season can start; this one is ${before.status}`,
              { status: before.status },
            );
          }
          const after = await repo.updateSeason(tx, id, { status: 'ACTIVE' });
          await recordAudit(tx, actor, {
            action: 'season.start',
            entity: 'season',
            entityId: id,
            before,
            after,
          });
          return after!;
        });
      } catch (error) {
        if (violatedConstraint(error) === 'seasons_one_active_key') {
          const active = await repo.findActiveSeason(db);
          throw errors.seasonAlreadyActive(active?.id ?? 'unknown');
        }
        throw error;
      }
    },

    finish: (actor: Actor, id: string, input: { force?: boolean; reason?: string } = {}) =>
      inTransaction(db, async (tx) => {
        const before = await getLocked(tx, id);
        if (before.status !== 'ACTIVE') {
          throw errors.invalidSeasonStatus(`Only an ACTIVE season can finish; this one is ${before.status}`, {
            status: before.status,
          });
        }
        const reason = cleanText(input.reason) ?? null;
        if (input.force && !reason) throw errors.missingRequiredField('reason');
        await finishPolicy.assertCanFinish(tx, id, input.force === true);
        const after = await repo.updateSeason(tx, id, {
          status: 'FINISHED',
          finished_at: new Date(),
          finish_reason: reason,
        });
        await recordAudit(tx, actor, {
          action: input.force ? 'season.finish_forced' : 'season.finish',
          entity: 'season',
          entityId: id,
          before,
          after,
        });
        return after!;
      }),

    async teams(seasonId: string) {
      if (!(await repo.findSeason(db, seasonId))) throw errors.seasonNotFound(seasonId);
      return repo.listSeasonTeams(db, seasonId);
    },

    enterTeam: (actor: Actor, seasonId: string, teamId: string, divisionId?: string) =>
      inTransaction(db, async (tx) => {
        const season = await getLocked(tx, seasonId);
        if (season.status === 'FINISHED') throw errors.seasonNotActive(seasonId, season.status);
        if (!(await findTeam(tx, teamId))) throw errors.teamNotFound(teamId);
        await checkDivision(tx, seasonId, divisionId);
        const entry = await repo.enterTeam(tx, seasonId, teamId, divisionId ?? null);
        if (!entry) throw errors.teamAlreadyInSeason(teamId);
        await recordAudit(tx, actor, {
          action: 'season.enter_team',
          entity: 'season',
          entityId: seasonId,
          after: entry,
        });
        const listed = await repo.listSeasonTeams(tx, seasonId);
        return listed.find((row) => row.team_id === teamId)!;
      }),
  };
}

export type SeasonService = ReturnType<typeof seasonService>;
