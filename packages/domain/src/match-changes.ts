import { eloChanges } from './elo.js';
import { pointsForSides } from './match-points.js';
import type { SeasonRules } from './season-rules.js';

export interface RatedPlayer {
  playerSeasonId: string;
  rating: number;
}

/** One player's share of a result: what the ledger adds to points, rating and win/loss counters. */
export interface PointChange {
  playerSeasonId: string;
  deltaPoints: number;
  ratingDelta: number;
  won: number;
  lost: number;
}

/** SPEC §3 steps 3 and 5: league points to each side and the Elo move, for every player of the match. */
export function matchPointChanges(
  winner: 'home' | 'guest',
  sides: { home: readonly RatedPlayer[]; guest: readonly RatedPlayer[] },
  rules: Pick<SeasonRules, 'win_points' | 'loss_points' | 'elo_k' | 'elo_scale'>,
): PointChange[] {
  const points = pointsForSides(winner, rules);
  const elo = eloChanges({
    home: sides.home.map((p) => p.rating),
    guest: sides.guest.map((p) => p.rating),
    winner,
    k: rules.elo_k,
    scale: rules.elo_scale,
  });
  const side = (name: 'home' | 'guest') =>
    sides[name].map((player, i) => ({
      playerSeasonId: player.playerSeasonId,
      deltaPoints: points[name],
      ratingDelta: elo[name][i]!,
      won: winner === name ? 1 : 0,
      lost: winner === name ? 0 : 1,
    }));
  return [...side('home'), ...side('guest')];
}

/**
 * SPEC §6 forfeits: the present side's players get forfeit_win_points, the absent side nothing; no
 * rating moves and nobody's played/won counters change, since no table tennis was played.
 */
export function forfeitPointChanges(
  present: readonly RatedPlayer[],
  rules: Pick<SeasonRules, 'forfeit_win_points'>,
): PointChange[] {
  return present.map((player) => ({
    playerSeasonId: player.playerSeasonId,
    deltaPoints: rules.forfeit_win_points,
    ratingDelta: 0,
    won: 0,
    lost: 0,
  }));
}

/** The games a forfeit is scored as: the present side wins ⌈best_of/2⌉ games to nil, 0–0 balls. */
export function forfeitSets(absent: 'home' | 'guest', bestOf: number) {
  const games = Math.ceil(bestOf / 2);
  const zeros = Array.from({ length: games }, () => 0);
  return absent === 'home'
    ? { home_sets: zeros, guest_sets: zeros }
    : { home_sets: zeros, guest_sets: zeros };
}
