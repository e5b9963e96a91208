import type { Database, Executor } from '../../db/client.js';
import { inTransaction } from '../../db/transaction.js';
import { errors } from '../../errors.js';
import type { Actor } from '../../plugins/auth.js';
import { recordAudit } from '../audit/repository.js';
import { seasonTeam } from '../divisions/repository.js';
import type { LeagueEventBus } from '../events/bus.js';
import { updateFixture } from '../fixtures/repository.js';
import { awardWalkoverPoints, walkoverScores } from '../fixtures/walkover.js';
import { findSeason, listSeasonTeams } from './repository.js';
import { rulesOf } from './service.js';
import {
  markTeamWithdrawn,
  registrationsToWithdraw,
  startedFixtureCount,
  unplayedFixturesOf,
  withdrawRegistrations,
} from './withdrawal-repository.js';

/** The refusals a withdrawal and its preview share; locks season and entry when `lock`. */
async function withdrawable(db: Executor, seasonId: string, teamId: string, lock: boolean) {
  const season = await findSeason(db, seasonId, lock);
  if (!season) throw errors.seasonNotFound(seasonId);
  if (season.status === 'FINISHED') throw errors.seasonNotActive(seasonId, season.status);
  const entry = await seasonTeam(db, seasonId, teamId, lock);
  if (!entry) throw errors.teamNotInSeason(teamId, seasonId);
  if (entry.withdrawn_at) throw errors.teamWithdrawn(teamId);
  return season;
}

/**
 * SPEC §6 withdrawal: every unplayed fixture of the team (SCHEDULED or POSTPONED, in a round not yet
 * finalized) becomes a walkover for the opponent, its registrations WITHDRAWN (off the leaderboard, logs
 * kept), and its standings row stays, marked withdrawn. Fixtures already started stay for the admin.
 */
export function withdrawalService(db: Database, bus: LeagueEventBus) {
  return {
    /** What `withdraw` would do now, changing nothing: the organiser's confirmation shows it. */
    async preview(seasonId: string, teamId: string) {
      await withdrawable(db, seasonId, teamId, false);
      const [unplayed, started, registrations, teams] = await Promise.all([
        unplayedFixturesOf(db, seasonId, teamId),
        startedFixtureCount(db, seasonId, teamId),
        registrationsToWithdraw(db, seasonId, teamId),
        listSeasonTeams(db, seasonId),
      ]);
      const nameOf = new Map(teams.map((team) => [team.team_id, team.team_name]));
      return {
        team_id: teamId,
        walkovers: unplayed.map((fixture) => {
          const opponent = fixture.home_team_id === teamId ? fixture.guest_team_id : fixture.home_team_id;
          return {
            fixture_id: fixture.id,
            round: fixture.round,
            opponent_team_id: opponent,
            opponent_team_name: nameOf.get(opponent) ?? '',
            scheduled_at: fixture.scheduled_at,
            status: fixture.status,
          };
        }),
        fixtures_started: started,
        registrations_withdrawn: registrations,
      };
    },

    async withdraw(actor: Actor, seasonId: string, teamId: string, reason: string) {
      if (!reason.trim()) throw errors.missingRequiredField('reason');
      const outcome = await inTransaction(db, async (tx) => {
        const season = await withdrawable(tx, seasonId, teamId, true);
        const rules = rulesOf(season);
        const unplayed = await unplayedFixturesOf(tx, seasonId, teamId, true);
        const touched: string[] = [];
        for (const fixture of unplayed) {
          const winner = fixture.home_team_id === teamId ? fixture.guest_team_id : fixture.home_team_id;
          const scores = await walkoverScores(tx, fixture, winner, rules);
          if (rules.walkover_awards_points)
            touched.push(...(await awardWalkoverPoints(tx, actor, fixture, winner, rules.win_points)));
          const after = await updateFixture(tx, fixture.id, {
            status: 'WALKOVER',
            walkover_winner_team_id: winner,
            ...scores,
          });
          await recordAudit(tx, actor, {
            action: 'fixture.walkover',
            entity: 'fixture',
            entityId: fixture.id,
            before: fixture,
            after,
          });
        }
        const withdrawn = await withdrawRegistrations(tx, seasonId, teamId);
        await markTeamWithdrawn(tx, seasonId, teamId, reason.trim());
        const summary = {
          team_id: teamId,
          reason: reason.trim(),
          walkovers: unplayed.map((f) => f.id),
          registrations_withdrawn: withdrawn.length,
        };
        await recordAudit(tx, actor, {
          action: 'team.withdraw',
          entity: 'season',
          entityId: seasonId,
          after: summary,
        });
        return { summary, touched: [...touched, ...withdrawn] };
      });
      bus.publish({
        type: 'team_withdrawn',
        season_id: seasonId,
        team_id: teamId,
        player_season_ids: outcome.touched,
      });
      return outcome.summary;
    },
  };
}

export type WithdrawalService = ReturnType<typeof withdrawalService>;
