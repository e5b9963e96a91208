import { divisionMovements, divisionStandings } from '@pingpong/domain';
import type { Database } from '../../db/client.js';
import { inTransaction } from '../../db/transaction.js';
import { errors } from '../../errors.js';
import { cleanName } from '../../lib/text.js';
import type { Actor } from '../../plugins/auth.js';
import { recordAudit } from '../audit/repository.js';
import { insertDivision, listDivisions } from '../divisions/repository.js';
import { seasonTeamNames, standingsSource } from '../leaderboards/repository.js';
import { carryRegistrationsOver, enterTeams, findSeason, insertSeason } from './repository.js';
import { rulesOf } from './service.js';

/**
 * SPEC §6 season roll-over: an UPCOMING season with the same rules, divisions and teams, each team moved
 * by the final standings (promotion and relegation places), its ACTIVE players re-registered with their
 * team, rank and rating and points afresh (§3 carry-over). Withdrawn teams are not carried over.
 */
export function rolloverService(db: Database) {
  return {
    next: (
      actor: Actor,
      seasonId: string,
      input: { name: string; year: number; start_date?: string | null },
    ) =>
      inTransaction(db, async (tx) => {
        const old = await findSeason(tx, seasonId, true);
        if (!old) throw errors.seasonNotFound(seasonId);
        if (old.status !== 'FINISHED')
          throw errors.invalidSeasonStatus(`Only a FINISHED season rolls over; this one is ${old.status}`, {
            status: old.status,
          });
        const season = await insertSeason(tx, {
          name: cleanName(input.name),
          year: input.year,
          start_date: input.start_date ?? null,
          rules: old.rules,
          timezone: old.timezone,
        });
        const divisions = await listDivisions(tx, seasonId);
        const newDivision = new Map<string, string>();
        for (const division of divisions) {
          const copy = await insertDivision(tx, {
            season_id: season.id,
            name: division.name,
            level: division.level,
            promotion_places: division.promotion_places,
            relegation_places: division.relegation_places,
          });
          newDivision.set(division.id, copy.id);
        }
        const teams = (await seasonTeamNames(tx, seasonId)).filter((team) => !team.withdrawn);
        const table = divisionStandings(teams, await standingsSource(tx, seasonId), rulesOf(old));
        const movements = divisionMovements(divisions, table);
        const moved = new Map(movements.map((m) => [m.team_id, m.to_division_id]));
        await enterTeams(
          tx,
          season.id,
          teams.map((team) => {
            const to = moved.get(team.team_id) ?? team.division_id;
            return { team_id: team.team_id, division_id: to ? newDivision.get(to)! : null };
          }),
        );
        const players = await carryRegistrationsOver(tx, seasonId, season.id, actor.userId);
        const result = {
          season: { ...season, rules: rulesOf(season) },
          movements: movements.map((m) => ({
            team_id: m.team_id,
            from_division_id: m.from_division_id,
            to_division_id: newDivision.get(m.to_division_id)!,
          })),
        };
        await recordAudit(tx, actor, {
          action: 'season.roll_over',
          entity: 'season',
          entityId: season.id,
          before: { season_id: seasonId },
          after: { ...result, teams: teams.length, players },
        });
        return result;
      }),
  };
}

export type RolloverService = ReturnType<typeof rolloverService>;
