import { eloChanges, judgeSetScores, pointsForSides } from '@pingpong/domain';
import type { Database } from '../../db/client.js';
import { inTransaction, type Transaction } from '../../db/transaction.js';
import { errors } from '../../errors.js';
import type { Actor } from '../../plugins/auth.js';
import { recordAudit } from '../audit/repository.js';
import type { LeagueEventBus } from '../events/bus.js';
import { refreshFixtureScore } from '../fixtures/repository.js';
import { findMatchView } from '../matches/repository.js';
import { checkRoundWritable } from '../rounds/repository.js';
import { rulesOf } from '../seasons/service.js';
import * as repo from './repository.js';

const sidesOf = (match: repo.LockedMatch) => ({
  home: [match.home_player1_id, match.home_player2_id].filter((id): id is string => id !== null),
  guest: [match.guest_player1_id, match.guest_player2_id].filter((id): id is string => id !== null),
});

/** Steps 1-2 of SPEC §3 shared by recording and voiding: the match, locked, in a season and round that accept it. */
async function lockWritableMatch(tx: Transaction, matchId: string) {
  const match = await repo.lockMatch(tx, matchId);
  if (!match) throw errors.matchNotFound(matchId);
  if (match.season_status !== 'ACTIVE') throw errors.seasonNotActive(match.season_id, match.season_status);
  checkRoundWritable(match.round_status, match.round);
  return match;
}

function byPlayer<T>(rows: repo.LockedPlayerSeason[], pick: (row: repo.LockedPlayerSeason) => T) {
  return Object.fromEntries(rows.map((row) => [row.player_id, pick(row)]));
}

export function resultService(db: Database, bus: LeagueEventBus) {
  return {
    async record(
      actor: Actor,
      matchId: string,
      input: { home_sets: number[]; guest_sets: number[]; winner_team_id?: string },
    ) {
      const match = await inTransaction(db, async (tx) => {
        const match = await lockWritableMatch(tx, matchId);
        if (match.recorded_at !== null) throw errors.matchAlreadyRecorded(matchId);
        if (match.fixture_status === 'WALKOVER') throw errors.fixtureNotEditable(match.fixture_status);

        const rules = rulesOf(match);
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

        const sides = sidesOf(match);
        const locked = await repo.lockPlayerSeasons(tx, match.season_id, [...sides.home, ...sides.guest]);
        if (locked.length !== sides.home.length + sides.guest.length) {
          throw errors.invalidPlayers([
            { player_id: null, reason: 'A player of this match is no longer registered in the season' },
          ]);
        }
        const rating = (id: string) => Number(locked.find((row) => row.player_id === id)!.rating);
        const points = pointsForSides(verdict.winner, rules);
        const elo = eloChanges({
          home: sides.home.map(rating),
          guest: sides.guest.map(rating),
          winner: verdict.winner,
          k: rules.elo_k,
          scale: rules.elo_scale,
        });
        const change = (side: 'home' | 'guest', ids: string[]) =>
          ids.map((playerId, i) => ({
            playerSeasonId: locked.find((row) => row.player_id === playerId)!.id,
            deltaPoints: points[side],
            ratingDelta: elo[side][i]!,
            won: verdict.winner === side ? 1 : 0,
            lost: verdict.winner === side ? 0 : 1,
          }));
        const updated = await repo.applyPointChanges(
          tx,
          [...change('home', sides.home), ...change('guest', sides.guest)],
          {
            reason: `Match result: ${input.home_sets.join('-')} vs ${input.guest_sets.join('-')}`,
            source: 'MATCH',
            refId: matchId,
            actorId: actor.userId,
          },
        );
        const after = new Map(updated.map((row) => [row.id, row]));
        // The last four statements depend only on what is already known, so they go to the database
        // together (postgres.js pipelines them on the transaction's connection; PostgreSQL runs them in
        // order): one round trip instead of four, and the response is read before commit.
        const [, , , view] = await Promise.all([
          repo.writeResult(tx, matchId, {
            home_sets: input.home_sets,
            guest_sets: input.guest_sets,
            winner_team_id: winnerTeamId,
            recorded_by: actor.userId,
            rank_snapshot: byPlayer(locked, (row) => row.rank_id),
            point_before: byPlayer(locked, (row) => Number(row.accumulated_points)),
            point_after: byPlayer(locked, (row) => Number(after.get(row.id)!.accumulated_points)),
            rating_before: byPlayer(locked, (row) => Number(row.rating)),
            rating_after: byPlayer(locked, (row) => Number(after.get(row.id)!.rating)),
          }),
          refreshFixtureScore(tx, match.fixture_id),
          recordAudit(tx, actor, {
            action: 'result.record',
            entity: 'match',
            entityId: matchId,
            after: { home_sets: input.home_sets, guest_sets: input.guest_sets, winner_team_id: winnerTeamId },
          }),
          findMatchView(tx, matchId),
        ]);
        return { ...match, view: view!, playerSeasonIds: locked.map((row) => row.id) };
      });
      bus.publish({
        type: 'result_recorded',
        season_id: match.season_id,
        fixture_id: match.fixture_id,
        match_id: matchId,
        round: match.round,
        player_season_ids: match.playerSeasonIds,
      });
      return match.view;
    },

    /** Compensating CORRECTION logs undo exactly what the result gave; nothing is deleted. */
    async void(actor: Actor, matchId: string, reason: string) {
      if (!reason.trim()) throw errors.missingRequiredField('reason');
      const match = await inTransaction(db, async (tx) => {
        const match = await lockWritableMatch(tx, matchId);
        if (match.recorded_at === null) throw errors.matchNotRecorded(matchId);
        const sides = sidesOf(match);
        const locked = await repo.lockPlayerSeasons(tx, match.season_id, [...sides.home, ...sides.guest]);
        const homeWon = match.winner_team_id === match.home_team_id;
        const changes = locked.map((row) => {
          const wasHome = sides.home.includes(row.player_id);
          const won = wasHome === homeWon;
          return {
            playerSeasonId: row.id,
            deltaPoints: -(
              (match.point_after?.[row.player_id] ?? 0) - (match.point_before?.[row.player_id] ?? 0)
            ),
            ratingDelta: -(
              (match.rating_after?.[row.player_id] ?? 0) - (match.rating_before?.[row.player_id] ?? 0)
            ),
            won: won ? -1 : 0,
            lost: won ? 0 : -1,
          };
        });
        // A later penalty may have left less than the result gave; checked under the row locks (the
        // database's CHECK would refuse it too, but without saying whose balance).
        for (const [i, row] of locked.entries()) {
          const balance = Number(row.accumulated_points);
          const delta = changes[i]!.deltaPoints;
          if (Math.round((balance + delta) * 100) < 0) throw errors.negativePointsResult(balance, delta);
        }
        await repo.applyPointChanges(tx, changes, {
          reason: `Result voided: ${reason.trim()}`,
          source: 'CORRECTION',
          refId: matchId,
          actorId: actor.userId,
        });
        const before = await findMatchView(tx, matchId);
        await repo.writeResult(tx, matchId, {
          home_sets: null,
          guest_sets: null,
          winner_team_id: null,
          recorded_by: null,
          rank_snapshot: null,
          point_before: null,
          point_after: null,
          rating_before: null,
          rating_after: null,
        });
        await refreshFixtureScore(tx, match.fixture_id);
        await recordAudit(tx, actor, {
          action: 'result.void',
          entity: 'match',
          entityId: matchId,
          before,
          after: { reason: reason.trim() },
        });
        return { ...match, playerSeasonIds: locked.map((row) => row.id) };
      });
      bus.publish({
        type: 'result_voided',
        season_id: match.season_id,
        fixture_id: match.fixture_id,
        match_id: matchId,
        round: match.round,
        player_season_ids: match.playerSeasonIds,
      });
      return (await findMatchView(db, matchId))!;
    },
  };
}

export type ResultService = ReturnType<typeof resultService>;
