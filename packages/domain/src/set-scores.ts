import { unfinishedReason } from './finished-game.js';
import type { SeasonRules } from './season-rules.js';

export { isFinishedGame } from './finished-game.js';

export type SetScoreProblem = {
  game: number | null;
  reason: string;
  code:
    | 'EMPTY'
    | 'LENGTH_MISMATCH'
    | 'TOO_MANY_GAMES'
    | 'NOT_INTEGER'
    | 'OUT_OF_RANGE'
    | 'TIED_GAME'
    | 'UNFINISHED_GAME'
    | 'NO_WINNER'
    | 'GAME_AFTER_DECISION';
};

export type SetScoreVerdict =
  | {
      ok: true;
      winner: 'home' | 'guest';
      home_games: number;
      guest_games: number;
      home_balls: number;
      guest_balls: number;
    }
  | { ok: false; problems: SetScoreProblem[] };

type GameRules = Pick<SeasonRules, 'best_of' | 'points_per_game' | 'win_by' | 'strict_scores'>;

const MAX_GAME_SCORE = 99;

function scoreProblems(game: number, home: number, guest: number): SetScoreProblem[] {
  const problems: SetScoreProblem[] = [];
  for (const [side, score] of [
    ['home', home],
    ['guest', guest],
  ] as const) {
    if (!Number.isInteger(score)) {
      problems.push({
        game,
        code: 'NOT_INTEGER',
        reason: `game ${game}: ${side} score ${score} is not a whole number`,
      });
    } else if (score < 0 || score > MAX_GAME_SCORE) {
      const reason = `game ${game}: ${side} score ${score} is outside 0-${MAX_GAME_SCORE}`;
      problems.push({ game, code: 'OUT_OF_RANGE', reason });
    }
  }
  if (problems.length === 0 && home === guest) {
    problems.push({
      game,
      code: 'TIED_GAME',
      reason: `game ${game}: ${home}-${guest} is a tie; every game has a winner`,
    });
  }
  return problems;
}

function shapeProblems(
  homeSets: readonly number[],
  guestSets: readonly number[],
  bestOf: number,
): SetScoreProblem[] {
  if (homeSets.length === 0 && guestSets.length === 0) {
    return [{ game: null, code: 'EMPTY', reason: 'no games entered' }];
  }
  const problems: SetScoreProblem[] = [];
  if (homeSets.length !== guestSets.length) {
    const reason = `home has ${homeSets.length} game scores but guest has ${guestSets.length}`;
    problems.push({ game: null, code: 'LENGTH_MISMATCH', reason });
  }
  const games = Math.max(homeSets.length, guestSets.length);
  if (games > bestOf) {
    const reason = `${games} games entered but a best-of-${bestOf} match has at most ${bestOf}`;
    problems.push({ game: null, code: 'TOO_MANY_GAMES', reason });
  }
  return problems;
}

/** Checks a match's game scores the way a referee would and names the winner. */
export function judgeSetScores(
  homeSets: readonly number[],
  guestSets: readonly number[],
  rules: GameRules,
): SetScoreVerdict {
  const shape = shapeProblems(homeSets, guestSets, rules.best_of);
  if (shape.length > 0) return { ok: false, problems: shape };

  const gamesToWin = Math.ceil(rules.best_of / 2);
  const problems: SetScoreProblem[] = [];
  const tally = { home_games: 0, guest_games: 0, home_balls: 0, guest_balls: 0 };
  let decidedAfter: number | null = null;
  let winnerKnowable = true;

  for (const [index, home] of homeSets.entries()) {
    const game = index + 1;
    const guest = guestSets[index] as number;
    const scoreIssues = scoreProblems(game, home, guest);
    if (scoreIssues.length > 0) {
      problems.push(...scoreIssues);
      winnerKnowable = false;
      continue;
    }
    if (rules.strict_scores) {
      const why = unfinishedReason(home, guest, rules.points_per_game, rules.win_by);
      if (why !== null) {
        const reason = `game ${game}: ${home}-${guest} is not a finished game to ${rules.points_per_game} (${why})`;
        problems.push({ game, code: 'UNFINISHED_GAME', reason });
      }
    }
    if (decidedAfter !== null) {
      const score = `${tally.home_games}-${tally.guest_games}`;
      const reason = `game ${game}: played after the match was decided ${score} in game ${decidedAfter}`;
      problems.push({ game, code: 'GAME_AFTER_DECISION', reason });
      continue;
    }
    if (home > guest) tally.home_games += 1;
    else tally.guest_games += 1;
    tally.home_balls += home;
    tally.guest_balls += guest;
    if (Math.max(tally.home_games, tally.guest_games) === gamesToWin) decidedAfter = game;
  }

  // A broken game score has no winner, so "nobody won enough games" would only repeat it.
  if (decidedAfter === null && winnerKnowable) {
    const reason =
      `nobody won ${gamesToWin} games (home ${tally.home_games}, guest ${tally.guest_games}); ` +
      `a best-of-${rules.best_of} match needs ${gamesToWin}`;
    problems.push({ game: null, code: 'NO_WINNER', reason });
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, winner: tally.home_games > tally.guest_games ? 'home' : 'guest', ...tally };
}
