import { captainMayChange, isOwnEntry, type RatedPlayer } from '@pingpong/domain';
import type { Transaction } from '../../db/transaction.js';
import { errors } from '../../errors.js';
import { type Actor, isOfficial } from '../../plugins/auth.js';
import type { LockedPlayerSeason } from '../ledger/repository.js';
import { checkRoundWritable } from '../rounds/repository.js';
import * as repo from './repository.js';

/** The named steps of recording, forfeiting and voiding, so each use case reads as a summary. */

/**
 * SPEC §3 steps 1-2 plus §6's captain rights: the match, locked, in a season and round that accept it;
 * a captain may only change it while the fixture is not CONFIRMED (the round being OPEN is checked for all).
 */
export async function lockWritableMatch(tx: Transaction, actor: Actor, matchId: string, now: Date) {
  const match = await repo.lockMatch(tx, matchId);
  if (!match) throw errors.matchNotFound(matchId);
  if (match.season_status !== 'ACTIVE') throw errors.seasonNotActive(match.season_id, match.season_status);
  checkRoundWritable(match.round_status, match.round);
  if (!isOfficial(actor) && !captainMayChange(match, now)) {
    throw errors.captainForbidden('the fixture is CONFIRMED; ask a moderator');
  }
  return match;
}

/** A match still to be played: no result, not in a walkover, not in a fixture already decided. */
export function assertPlayable(match: repo.LockedMatch) {
  if (match.recorded_at !== null) throw errors.matchAlreadyRecorded(match.id);
  if (match.fixture_status === 'WALKOVER' || match.fixture_status === 'COMPLETED') {
    throw errors.fixtureNotEditable(match.fixture_status);
  }
}

/** A captain corrects their own team's entry; the other side's entry is disputed instead (SPEC §6). */
export function assertOwnEntry(actor: Actor, match: repo.LockedMatch) {
  if (isOfficial(actor)) return;
  if (!isOwnEntry(actor.captainTeams ?? [], match.entered_by_team_id)) {
    throw errors.captainForbidden("a captain voids only their own team's entries; dispute the other side's");
  }
}

/** The team a captain enters for (null when MODERATOR+ enter, which needs no confirmation). */
export const enteringTeam = (actor: Actor, match: repo.LockedMatch) =>
  isOfficial(actor)
    ? null
    : (actor.captainTeams?.find((id) => id === match.home_team_id) ?? actor.captainTeams?.[0] ?? null);

export const sidesOf = (match: repo.LockedMatch) => ({
  home: [match.home_player1_id, match.home_player2_id].filter((id): id is string => id !== null),
  guest: [match.guest_player1_id, match.guest_player2_id].filter((id): id is string => id !== null),
});

/** Every position of the match is filled (an empty position can only be forfeited). */
export function assertFullSides(match: repo.LockedMatch, sides: ReturnType<typeof sidesOf>) {
  const size = match.match_type === 'DOUBLE' ? 2 : 1;
  for (const side of ['home', 'guest'] as const) {
    if (sides[side].length !== size) {
      throw errors.invalidPlayers([
        {
          player_id: null,
          reason:
            match.match_type === 'DOUBLE'
              ? `The ${side} doubles pair is not named yet`
              : `The ${side} position is empty: the match can only be forfeited`,
        },
      ]);
    }
  }
}

/** The players' registrations, locked with the match; every one of them must still be registered in the season. */
export function lockedPlayers(match: repo.LockedMatch, playerIds: string[]) {
  const locked = match.players.filter((row) => playerIds.includes(row.player_id));
  if (locked.length !== playerIds.length) {
    throw errors.invalidPlayers([
      { player_id: null, reason: 'A player of this match is no longer registered in the season' },
    ]);
  }
  return locked;
}

export const rated = (locked: LockedPlayerSeason[], ids: string[]): RatedPlayer[] =>
  ids.map((id) => {
    const row = locked.find((r) => r.player_id === id)!;
    return { playerSeasonId: row.id, rating: Number(row.rating) };
  });

const byPlayer = <T>(rows: LockedPlayerSeason[], pick: (row: LockedPlayerSeason) => T) =>
  Object.fromEntries(rows.map((row) => [row.player_id, pick(row)]));

/**
 * SPEC §3 step 6: rank, points and rating of every player before and after, kept on the match. The
 * "after" values are read by writeResult in the database from the rows the point update changed.
 */
export function snapshots(locked: LockedPlayerSeason[]) {
  return {
    rank_snapshot: byPlayer(locked, (row) => row.rank_id),
    point_before: byPlayer(locked, (row) => Number(row.accumulated_points)),
    rating_before: byPlayer(locked, (row) => Number(row.rating)),
    after_of: locked.map((row) => row.id),
  };
}

export const NO_RESULT = {
  home_sets: null,
  guest_sets: null,
  winner_team_id: null,
  recorded_by: null,
  forfeit_side: null,
  entered_by_team_id: null,
  rank_snapshot: null,
  point_before: null,
  rating_before: null,
  after_of: null,
};
