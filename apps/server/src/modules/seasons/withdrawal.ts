import { sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { inTransaction } from '../../db/transaction.js';
import { errors } from '../../errors.js';
import type { Actor } from '../../plugins/auth.js';
import { recordAudit } from '../audit/repository.js';
import { seasonTeam } from '../divisions/repository.js';
import type { LeagueEventBus } from '../events/bus.js';
import { type FixtureRow, updateFixture } from '../fixtures/repository.js';
import { awardWalkoverPoints, walkoverScores } from '../fixtures/walkover.js';
import { findSeason } from './repository.js';
import { rulesOf } from './service.js';

/**
 * SPEC §6 withdrawal: every unplayed fixture of the team (SCHEDULED or POSTPONED, in a round not yet
 * finalized) becomes a walkover for the opponent, its registrations WITHDRAWN (off the leaderboard, logs
 * kept), and its standings row stays, marked withdrawn. Fixtures already started stay for the admin.
 */
export function withdrawalService(db: Database, bus: LeagueEventBus) {
  return {
    async withdraw(actor: Actor, seasonId: string, teamId: string, reason: string) {
      if (!reason.trim()) throw errors.missingRequiredField('reason');
      const outcome = await inTransaction(db, async (tx) => {
        const season = await findSeason(tx, seasonId, true);
        if (!season) throw errors.seasonNotFound(seasonId);
        if (season.status === 'FINISHED') throw errors.seasonNotActive(seasonId, season.status);
        const entry = await seasonTeam(tx, seasonId, teamId, true);
        if (!entry) throw errors.teamNotInSeason(teamId, seasonId);
        if (entry.withdrawn_at) throw errors.teamWithdrawn(teamId);
        const rules = rulesOf(season);
        const unplayed = (await tx.execute<FixtureRow>(sql`
          SELECT f.* FROM fixtures f JOIN rounds r ON r.season_id = f.season_id AND r.round = f.round
          WHERE f.season_id = ${seasonId} AND (f.home_team_id = ${teamId} OR f.guest_team_id = ${teamId})
            AND f.status IN ('SCHEDULED', 'POSTPONED') AND r.status <> 'FINALIZED'
          ORDER BY f.round, f.id
          FOR UPDATE OF f`)) as unknown as FixtureRow[];
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
        const withdrawn = await tx.execute<{ id: string }>(sql`
          UPDATE player_seasons SET status = 'WITHDRAWN', updated_at = now()
          WHERE season_id = ${seasonId} AND team_id = ${teamId} AND status <> 'WITHDRAWN'
          RETURNING id`);
        await tx.execute(sql`
          UPDATE season_teams SET withdrawn_at = now(), withdraw_reason = ${reason.trim()}
          WHERE season_id = ${seasonId} AND team_id = ${teamId}`);
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
        return { summary, touched: [...touched, ...withdrawn.map((row) => row.id)] };
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
