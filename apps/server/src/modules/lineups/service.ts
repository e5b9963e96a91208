import { checkPositionalLineup, planMatches, resolveFormat } from '@pingpong/domain';
import type { Database } from '../../db/client.js';
import { inTransaction } from '../../db/transaction.js';
import { errors } from '../../errors.js';
import { roleAllows } from '../../lib/roles.js';
import { type Actor, type AuthUser, isOfficial } from '../../plugins/auth.js';
import { recordAudit } from '../audit/repository.js';
import { captainScope } from '../captains/repository.js';
import type { LeagueEventBus } from '../events/bus.js';
import { findFixture } from '../fixtures/repository.js';
import { findRegistrations } from '../matches/repository.js';
import { assertRoundWritable } from '../rounds/repository.js';
import { findSeason } from '../seasons/repository.js';
import { rulesOf } from '../seasons/service.js';
import * as repo from './repository.js';

type Side = 'home' | 'guest';
interface LineupInput {
  positions: Record<string, string>;
  doubles?: string[] | null;
}

const samePositions = (a: Record<string, string>, b: Record<string, string>) =>
  JSON.stringify(Object.entries(a).sort()) === JSON.stringify(Object.entries(b).sort());

export function lineupService(db: Database, bus: LeagueEventBus) {
  return {
    /**
     * SPEC §6 lineups by position. The fixture row lock makes both captains' submissions take turns, so
     * whichever completes the pair creates the matches, exactly once, in the format's order.
     */
    async submit(actor: Actor, fixtureId: string, side: Side, input: LineupInput) {
      const outcome = await inTransaction(db, async (tx) => {
        const fixture = await findFixture(tx, fixtureId, true);
        if (!fixture) throw errors.fixtureNotFound(fixtureId);
        const teamId = side === 'home' ? fixture.home_team_id : fixture.guest_team_id;
        if (!isOfficial(actor) && !actor.captainTeams?.includes(teamId)) {
          throw errors.captainForbidden(`only the ${side} team's captain submits its lineup`);
        }
        const season = await findSeason(tx, fixture.season_id);
        if (!season || season.status === 'FINISHED')
          throw errors.seasonNotActive(fixture.season_id, season?.status ?? 'unknown');
        const format = resolveFormat(rulesOf(season).format);
        if (!format) throw errors.lineupNotPositional();
        if (fixture.status === 'WALKOVER') throw errors.fixtureNotEditable(fixture.status);
        await assertRoundWritable(tx, fixture.season_id, fixture.round);

        const lineups = await repo.findLineups(tx, fixtureId);
        const own = lineups.find((l) => l.side === side);
        const other = lineups.find((l) => l.side !== side);
        const doubles = input.doubles === undefined ? (own?.doubles ?? null) : input.doubles;
        const existing = await repo.matchResults(tx, fixtureId);
        if (own && existing.length > 0) {
          const anyResult = existing.some((m) => m.recorded_at !== null);
          const doublesResult = existing.some((m) => m.match_type === 'DOUBLE' && m.recorded_at !== null);
          if (!samePositions(own.positions, input.positions) && anyResult) throw errors.lineupLocked(side);
          if (JSON.stringify(own.doubles ?? null) !== JSON.stringify(doubles) && doublesResult)
            throw errors.lineupLocked(side);
        }

        const lineup = { positions: input.positions, doubles };
        const ids = [...new Set([...Object.values(input.positions), ...(doubles ?? [])])];
        const registrations = ids.length > 0 ? await findRegistrations(tx, fixture.season_id, ids) : [];
        const problems = checkPositionalLineup(format, side, lineup, teamId, registrations);
        if (problems.length > 0) throw errors.invalidPlayers(problems);

        const saved = await repo.upsertLineup(tx, {
          fixture_id: fixtureId,
          side,
          team_id: teamId,
          positions: input.positions,
          doubles,
          submitted_by: actor.userId,
        });
        let created = 0;
        if (other) {
          const [home, guest] = side === 'home' ? [lineup, other] : [other, lineup];
          const planned = planMatches(format, home, guest);
          if (existing.length === 0)
            created = (await repo.insertPlannedMatches(tx, fixtureId, planned)).length;
          else await repo.updateSidePlayers(tx, fixtureId, side, planned);
        }
        await recordAudit(tx, actor, {
          action: 'lineup.submit',
          entity: 'fixture',
          entityId: fixtureId,
          before: own ?? null,
          after: { side, positions: saved.positions, doubles: saved.doubles, matches_created: created },
        });
        return { fixture, created };
      });
      bus.publish({
        type: 'lineup_submitted',
        season_id: outcome.fixture.season_id,
        fixture_id: fixtureId,
        round: outcome.fixture.round,
        side,
      });
      return this.view(fixtureId, null, actor);
    },

    /** Each side sees its own lineup; the other side's and the public's view waits until both are in. */
    async view(fixtureId: string, user: AuthUser | null, actor?: Actor) {
      const fixture = await findFixture(db, fixtureId);
      if (!fixture) throw errors.fixtureNotFound(fixtureId);
      const season = await findSeason(db, fixture.season_id);
      const lineups = await repo.findLineups(db, fixtureId);
      const complete = lineups.length === 2;
      let official = actor ? isOfficial(actor) : false;
      let mine: string[] = actor?.captainTeams ?? [];
      if (user) {
        official = roleAllows(user.role, 'MODERATOR');
        mine = (await captainScope(db, user.id, 'fixture', fixtureId))?.team_ids ?? [];
      }
      const sideView = (side: Side) => {
        const teamId = side === 'home' ? fixture.home_team_id : fixture.guest_team_id;
        const row = lineups.find((l) => l.side === side);
        const visible = row && (complete || official || mine.includes(teamId));
        return {
          side,
          team_id: teamId,
          submitted: row !== undefined,
          positions: visible ? row.positions : null,
          doubles: visible ? (row.doubles ?? null) : null,
          submitted_at: row?.updated_at ?? null,
        };
      };
      return {
        fixture_id: fixtureId,
        format: season ? rulesOf(season).format : 'FREE',
        complete,
        home: sideView('home'),
        guest: sideView('guest'),
      };
    },
  };
}

export type LineupService = ReturnType<typeof lineupService>;
