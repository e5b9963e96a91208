import { checkLineup, resolveFormat } from '@pingpong/domain';
import type { Static } from 'typebox';
import type { Database } from '../../db/client.js';
import { violatedConstraint } from '../../db/errors.js';
import { inTransaction } from '../../db/transaction.js';
import { errors } from '../../errors.js';
import type { Actor } from '../../plugins/auth.js';
import { recordAudit } from '../audit/repository.js';
import type { LeagueEventBus } from '../events/bus.js';
import { findFixture, refreshFixtureScore } from '../fixtures/repository.js';
import { scorePolicy } from '../fixtures/score-policy.js';
import { assertRoundWritable } from '../rounds/repository.js';
import { findSeason } from '../seasons/repository.js';
import { rulesOf } from '../seasons/service.js';
import * as repo from './repository.js';
import type { CreateMatchBody } from './schemas.js';

type Registration = Awaited<ReturnType<typeof repo.findRegistrations>>[number];

/** With a handicap rule, the lower-ranked side starts each game with points per rank step between the sides. */
function handicapSnapshot(perStep: number, home: Registration[], guest: Registration[]) {
  if (perStep <= 0) return null;
  const best = (side: Registration[]) => Math.max(...side.map((r) => r.rank_order));
  const steps = best(home) - best(guest);
  return {
    per_rank_step: perStep,
    rank_steps: Math.abs(steps),
    home_start: steps < 0 ? -steps * perStep : 0,
    guest_start: steps > 0 ? steps * perStep : 0,
  };
}

export function matchService(db: Database, bus: LeagueEventBus) {
  return {
    async get(id: string) {
      const match = await repo.findMatchView(db, id);
      if (!match) throw errors.matchNotFound(id);
      return match;
    },

    async create(actor: Actor, input: Static<typeof CreateMatchBody>) {
      const home = [input.home_player1_id, input.home_player2_id];
      const guest = [input.guest_player1_id, input.guest_player2_id];
      const { id, seasonId } = await inTransaction(db, async (tx) => {
        const fixture = await findFixture(tx, input.fixture_id, true);
        if (!fixture) throw errors.fixtureNotFound(input.fixture_id);
        const season = await findSeason(tx, fixture.season_id);
        if (!season || season.status === 'FINISHED')
          throw errors.seasonNotActive(fixture.season_id, season?.status ?? 'unknown');
        await assertRoundWritable(tx, fixture.season_id, fixture.round);
        if (fixture.status === 'WALKOVER') throw errors.fixtureNotEditable(fixture.status);
        const rules = rulesOf(season);
        if (resolveFormat(rules.format)) throw errors.formatPositional(fixture.id);

        const ids = [...home, ...guest].filter((playerId): playerId is string => Boolean(playerId));
        const registrations = await repo.findRegistrations(tx, fixture.season_id, ids);
        const problems = checkLineup(
          { match_type: input.match_type, home, guest },
          { home: fixture.home_team_id, guest: fixture.guest_team_id },
          registrations,
        );
        if (problems.length > 0) throw errors.invalidPlayers(problems);

        const sideOf = (side: Array<string | null | undefined>) =>
          registrations.filter((r) => side.includes(r.player_id));
        const match = await repo.insertMatch(tx, {
          fixture_id: fixture.id,
          match_order: input.match_order,
          match_type: input.match_type,
          home_player1_id: input.home_player1_id,
          home_player2_id: input.home_player2_id ?? null,
          guest_player1_id: input.guest_player1_id,
          guest_player2_id: input.guest_player2_id ?? null,
          handicap_snapshot: handicapSnapshot(rules.handicap_per_rank_step, sideOf(home), sideOf(guest)),
        });
        // A new match reopens a completed fixture: it is no longer finished.
        await refreshFixtureScore(tx, fixture.id, scorePolicy(rules, new Date()));
        await recordAudit(tx, actor, {
          action: 'match.create',
          entity: 'match',
          entityId: match.id,
          after: match,
        });
        return { id: match.id, seasonId: fixture.season_id };
      }).catch((error: unknown) => {
        if (violatedConstraint(error) === 'matches_fixture_order_key')
          throw errors.matchOrderTaken(input.match_order);
        throw error;
      });
      bus.publish({
        type: 'fixture_updated',
        season_id: seasonId,
        fixture_id: input.fixture_id,
        match_id: id,
      });
      return (await repo.findMatchView(db, id))!;
    },
  };
}

export type MatchService = ReturnType<typeof matchService>;
