import { forfeitPointChanges, forfeitSets, judgeSetScores, matchPointChanges } from '@pingpong/domain';
import type { Database } from '../../db/client.js';
import { commitWith, inTransaction } from '../../db/transaction.js';
import { errors } from '../../errors.js';
import { type Clock, systemClock } from '../../lib/clock.js';
import type { Actor } from '../../plugins/auth.js';
import { recordAudit } from '../audit/repository.js';
import type { LeagueEventBus } from '../events/bus.js';
import { refreshFixtureScore } from '../fixtures/repository.js';
import { scorePolicy } from '../fixtures/score-policy.js';
import { applyPointChanges, netByRef, undoByRef } from '../ledger/repository.js';
import { findMatchView } from '../matches/repository.js';
import { rulesOf } from '../seasons/service.js';
import * as repo from './repository.js';
import {
  assertFullSides,
  assertOwnEntry,
  assertPlayable,
  enteringTeam,
  lockedPlayers,
  lockWritableMatch,
  NO_RESULT,
  rated,
  sidesOf,
  snapshots,
} from './steps.js';

type Side = 'home' | 'guest';

/** Judges the sets (SPEC §3 step 1) and names the winning side. */
function judgedWinner(
  match: repo.LockedMatch,
  input: { home_sets: number[]; guest_sets: number[]; winner_team_id?: string },
  rules: ReturnType<typeof rulesOf>,
): Side {
  const verdict = judgeSetScores(input.home_sets, input.guest_sets, rules);
  if (!verdict.ok) throw errors.matchInvalidSets(verdict.problems);
  const winnerTeamId = verdict.winner === 'home' ? match.home_team_id : match.guest_team_id;
  if (input.winner_team_id !== undefined && input.winner_team_id !== winnerTeamId) {
    throw errors.matchInvalidSets([
      {
        game: null,
        reason: `winner_team_id does not match the sets: they say the ${verdict.winner} team won`,
      },
    ]);
  }
  return verdict.winner;
}

export function resultService(db: Database, bus: LeagueEventBus, clock: Clock = systemClock) {
  const teamOf = (match: repo.LockedMatch, side: Side) =>
    side === 'home' ? match.home_team_id : match.guest_team_id;

  const published =
    (type: 'result_recorded' | 'result_voided' | 'match_forfeited') =>
    (match: repo.LockedMatch, playerSeasonIds: string[]) =>
      bus.publish({
        type,
        season_id: match.season_id,
        fixture_id: match.fixture_id,
        match_id: match.id,
        round: match.round,
        player_season_ids: playerSeasonIds,
      });

  return {
    async record(
      actor: Actor,
      matchId: string,
      input: { home_sets: number[]; guest_sets: number[]; winner_team_id?: string },
    ) {
      const now = clock();
      const outcome = await inTransaction(db, async (tx) => {
        const match = await lockWritableMatch(tx, actor, matchId, now);
        assertPlayable(match);
        const rules = rulesOf(match);
        const winner = judgedWinner(match, input, rules);
        const sides = sidesOf(match);
        assertFullSides(match, sides);
        const locked = lockedPlayers(match, [...sides.home, ...sides.guest]);
        const changes = matchPointChanges(
          winner,
          { home: rated(locked, sides.home), guest: rated(locked, sides.guest) },
          rules,
        );
        const winnerTeamId = teamOf(match, winner);
        // Everything after the lock depends only on what is already known (writeResult reads the balances
        // after the update in the database), so the statements go to the database together with COMMIT:
        // postgres.js pipelines them on the transaction's connection and PostgreSQL runs them in order. One
        // round trip instead of six, and the response is read before commit. They reach the connection in
        // the order called because each is one postgres.js statement sent the same way (not Drizzle's
        // builder, whose extra awaits differ by query kind); results.test.ts fails if the view came before
        // the result. bench/record-result.sql runs the same statements.
        const statements = Promise.all([
          applyPointChanges(tx, changes, {
            reason: `Match result: ${input.home_sets.join('-')} vs ${input.guest_sets.join('-')}`,
            source: 'MATCH',
            refId: matchId,
            actorId: actor.userId,
          }),
          repo.writeResult(tx, matchId, {
            home_sets: input.home_sets,
            guest_sets: input.guest_sets,
            winner_team_id: winnerTeamId,
            recorded_by: actor.userId,
            entered_by_team_id: enteringTeam(actor, match),
            ...snapshots(locked),
          }),
          refreshFixtureScore(tx, match.fixture_id, scorePolicy(rules, now)),
          recordAudit(tx, actor, {
            action: 'result.record',
            entity: 'match',
            entityId: matchId,
            after: { home_sets: input.home_sets, guest_sets: input.guest_sets, winner_team_id: winnerTeamId },
          }),
          findMatchView(tx, matchId),
        ]);
        const [, , , , view] = await commitWith(tx, statements);
        return { match, view: view!, playerSeasonIds: locked.map((row) => row.id) };
      });
      published('result_recorded')(outcome.match, outcome.playerSeasonIds);
      return outcome.view;
    },

    /**
     * SPEC §6 forfeits: `side` did not play; the other side wins ⌈best_of/2⌉–0 games, 0–0 balls, and its
     * players get forfeit_win_points. A position left empty may be forfeited.
     */
    async forfeit(actor: Actor, matchId: string, input: { side: Side; reason: string }) {
      if (!input.reason.trim()) throw errors.missingRequiredField('reason');
      const now = clock();
      const outcome = await inTransaction(db, async (tx) => {
        const match = await lockWritableMatch(tx, actor, matchId, now);
        assertPlayable(match);
        const rules = rulesOf(match);
        const present: Side = input.side === 'home' ? 'guest' : 'home';
        const sides = sidesOf(match);
        const everyone = [...sides.home, ...sides.guest];
        const locked = lockedPlayers(match, everyone);
        const changes = forfeitPointChanges(rated(locked, sides[present]), rules).filter(
          (c) => c.deltaPoints !== 0,
        );
        if (changes.length > 0) {
          await applyPointChanges(tx, changes, {
            reason: `Forfeit: ${input.side} side did not play (${input.reason.trim()})`,
            source: 'MATCH',
            refId: matchId,
            actorId: actor.userId,
          });
        }
        await repo.writeResult(tx, matchId, {
          ...forfeitSets(input.side, rules.best_of),
          winner_team_id: teamOf(match, present),
          recorded_by: actor.userId,
          forfeit_side: input.side,
          entered_by_team_id: enteringTeam(actor, match),
          ...snapshots(locked),
        });
        await refreshFixtureScore(tx, match.fixture_id, scorePolicy(rules, now));
        await recordAudit(tx, actor, {
          action: 'match.forfeit',
          entity: 'match',
          entityId: matchId,
          after: { side: input.side, reason: input.reason.trim(), winner_team_id: teamOf(match, present) },
        });
        return { match, playerSeasonIds: locked.map((row) => row.id) };
      });
      published('match_forfeited')(outcome.match, outcome.playerSeasonIds);
      return (await findMatchView(db, matchId))!;
    },

    /**
     * What voiding would give back, per player: the points the match's logs still hold (the net the
     * undo reverses) and its rating move, home side first, so the confirmation can say it beforehand.
     */
    async appliedChanges(matchId: string) {
      const match = await findMatchView(db, matchId);
      if (!match) throw errors.matchNotFound(matchId);
      const order = [
        match.home_player1_id,
        match.home_player2_id,
        match.guest_player1_id,
        match.guest_player2_id,
      ];
      const rows = await netByRef(db, matchId);
      const ratingOf = (id: string) => {
        const before = match.rating_before?.[id];
        const after = match.rating_after?.[id];
        return typeof before === 'number' && typeof after === 'number' ? after - before : 0;
      };
      return rows
        .map((row) => ({
          player_id: row.player_id,
          player_name: row.player_name,
          points: Number(row.total),
          rating: ratingOf(row.player_id),
        }))
        .filter((row) => row.points !== 0 || row.rating !== 0)
        .sort((a, b) => order.indexOf(a.player_id) - order.indexOf(b.player_id));
    },

    /** Compensating CORRECTION logs undo exactly what the result (or forfeit) gave; nothing is deleted. */
    async void(actor: Actor, matchId: string, reason: string) {
      if (!reason.trim()) throw errors.missingRequiredField('reason');
      const now = clock();
      const outcome = await inTransaction(db, async (tx) => {
        const match = await lockWritableMatch(tx, actor, matchId, now);
        if (match.recorded_at === null) throw errors.matchNotRecorded(matchId);
        assertOwnEntry(actor, match);
        const sides = sidesOf(match);
        const played = match.forfeit_side === null;
        const homeWon = match.winner_team_id === match.home_team_id;
        const touched = await undoByRef(
          tx,
          match.season_id,
          matchId,
          [...sides.home, ...sides.guest],
          { reason: `Result voided: ${reason.trim()}`, source: 'CORRECTION', actorId: actor.userId },
          {
            rating: (id) => (match.rating_after?.[id] ?? 0) - (match.rating_before?.[id] ?? 0),
            counters: (id) => {
              if (!played) return { won: 0, lost: 0 };
              const won = sides.home.includes(id) === homeWon;
              return { won: won ? 1 : 0, lost: won ? 0 : 1 };
            },
          },
          errors.negativePointsResult,
        );
        const before = await findMatchView(tx, matchId);
        await repo.writeResult(tx, matchId, NO_RESULT);
        await refreshFixtureScore(tx, match.fixture_id, scorePolicy(rulesOf(match), now));
        await recordAudit(tx, actor, {
          action: 'result.void',
          entity: 'match',
          entityId: matchId,
          before,
          after: { reason: reason.trim() },
        });
        return { match, playerSeasonIds: touched };
      });
      published('result_voided')(outcome.match, outcome.playerSeasonIds);
      return (await findMatchView(db, matchId))!;
    },
  };
}

export type ResultService = ReturnType<typeof resultService>;
