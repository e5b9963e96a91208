import type { Random } from './random.js';

export interface GameRules {
  best_of: number;
  points_per_game: number;
  win_by: number;
}

export interface SetScores {
  home_sets: number[];
  guest_sets: number[];
}

/**
 * One finished game under strict rules: the winner reaches `points_per_game` with a margin of `win_by`
 * (11-7), or, once both sides are level near the end, wins by exactly `win_by` in the deuce (12-10, 14-12).
 */
function game(random: Random, rules: GameRules, closeness: number): { winner: number; loser: number } {
  const target = rules.points_per_game;
  if (random.chance(0.08 + 0.14 * closeness)) {
    const loser = target - 1 + (random.chance(0.25) ? random.int(1, 3) : 0);
    return { winner: loser + rules.win_by, loser };
  }
  const low = Math.round(2 + 4 * closeness);
  return { winner: target, loser: random.int(low, target - rules.win_by) };
}

/**
 * A plausible match between two sides of the given ratings: a side's chance to take a game follows its
 * rating edge (softer than Elo's match expectation, since a match is several games), and the games stop
 * as soon as one side has won ⌈best_of/2⌉ of them.
 */
export function playMatch(
  random: Random,
  rules: GameRules,
  homeRating: number,
  guestRating: number,
): SetScores {
  const homeChance = 1 / (1 + 10 ** ((guestRating - homeRating) / 900));
  const closeness = 1 - Math.abs(homeChance - 0.5) * 2;
  const needed = Math.ceil(rules.best_of / 2);
  const score: SetScores = { home_sets: [], guest_sets: [] };
  let home = 0;
  let guest = 0;
  while (home < needed && guest < needed) {
    const { winner, loser } = game(random, rules, closeness);
    if (random.chance(homeChance)) {
      home++;
      score.home_sets.push(winner);
      score.guest_sets.push(loser);
    } else {
      guest++;
      score.home_sets.push(loser);
      score.guest_sets.push(winner);
    }
  }
  return score;
}
