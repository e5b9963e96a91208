import { describe, expect, it } from 'vitest';
import { isFinishedGame as finishedGameRule } from './finished-game.js';
import { isFinishedGame, judgeSetScores, type SetScoreProblem } from './set-scores.js';

const strict5 = { best_of: 5, points_per_game: 11, win_by: 2, strict_scores: true };
const strict3 = { ...strict5, best_of: 3 };
const relaxed3 = { ...strict3, strict_scores: false };
const relaxed5 = { ...strict5, strict_scores: false };

it('re-exports isFinishedGame', () => {
  expect(isFinishedGame).toBe(finishedGameRule);
});

describe('judgeSetScores: valid results', () => {
  it.each<[string, number[], number[], typeof strict5, 'home' | 'guest', number, number, number, number]>([
    ['3-0 sweep', [11, 11, 11], [5, 7, 9], strict5, 'home', 3, 0, 33, 21],
    ['guest 3-0 sweep', [3, 4, 5], [11, 11, 11], strict5, 'guest', 0, 3, 12, 33],
    ['3-1 with deuce', [11, 12, 9, 11], [8, 10, 11, 3], strict5, 'home', 3, 1, 43, 32],
    ['3-2 decided in the fifth', [11, 9, 11, 8, 11], [9, 11, 7, 11, 6], strict5, 'home', 3, 2, 50, 44],
    ['guest wins 3-2 at deuce', [11, 9, 11, 8, 14], [9, 11, 7, 11, 16], strict5, 'guest', 2, 3, 53, 54],
    ['long deuce 25-23', [25, 11, 11], [23, 0, 0], strict5, 'home', 3, 0, 47, 23],
    ['best of 3, 2-0', [11, 11], [9, 9], strict3, 'home', 2, 0, 22, 18],
    ['best of 3, 2-1', [11, 2, 11], [9, 11, 9], strict3, 'home', 2, 1, 24, 29],
    ['best of 1', [11], [3], { ...strict5, best_of: 1 }, 'home', 1, 0, 11, 3],
    ['best of 1 lost', [10], [12], { ...strict5, best_of: 1 }, 'guest', 0, 1, 10, 12],
    [
      'best of 7, 4-3',
      [11, 0, 11, 0, 11, 0, 11],
      [0, 11, 0, 11, 0, 11, 9],
      { ...strict5, best_of: 7 },
      'home',
      4,
      3,
      44,
      42,
    ],
    [
      'games to 21',
      [21, 23],
      [19, 21],
      { best_of: 3, points_per_game: 21, win_by: 2, strict_scores: true },
      'home',
      2,
      0,
      44,
      40,
    ],
    ['relaxed seed example', [11, 9], [8, 6], relaxed3, 'home', 2, 0, 20, 14],
    ['relaxed allows 11-10', [11, 11, 11], [10, 10, 10], relaxed5, 'home', 3, 0, 33, 30],
    ['relaxed allows 13-9', [13, 5, 5, 13, 5], [9, 7, 7, 9, 7], relaxed5, 'guest', 2, 3, 41, 39],
    ['relaxed allows low scores', [1, 0, 2], [0, 1, 1], relaxed3, 'home', 2, 1, 3, 2],
    ['relaxed allows 99', [99, 99], [0, 98], relaxed3, 'home', 2, 0, 198, 98],
  ])('%s', (_name, home, guest, rules, winner, homeGames, guestGames, homeBalls, guestBalls) => {
    expect(judgeSetScores(home, guest, rules)).toEqual({
      ok: true,
      winner,
      home_games: homeGames,
      guest_games: guestGames,
      home_balls: homeBalls,
      guest_balls: guestBalls,
    });
  });

  it('does not modify its input', () => {
    const home = Object.freeze([11, 11, 11]);
    const guest = Object.freeze([1, 2, 3]);
    expect(judgeSetScores(home, guest, strict5).ok).toBe(true);
  });
});

describe('judgeSetScores: rejected results', () => {
  const problemsOf = (home: number[], guest: number[], rules = strict5): SetScoreProblem[] => {
    const verdict = judgeSetScores(home, guest, rules);
    if (verdict.ok) throw new Error(`expected a rejection, got ${JSON.stringify(verdict)}`);
    return verdict.problems;
  };

  it.each<[string, number[], number[], typeof strict5, SetScoreProblem[]]>([
    ['no games', [], [], strict5, [{ game: null, code: 'EMPTY', reason: 'no games entered' }]],
    [
      'one side empty',
      [11, 11, 11],
      [],
      strict5,
      [{ game: null, code: 'LENGTH_MISMATCH', reason: 'home has 3 game scores but guest has 0' }],
    ],
    [
      'lengths differ',
      [11, 11],
      [5, 5, 5],
      strict5,
      [{ game: null, code: 'LENGTH_MISMATCH', reason: 'home has 2 game scores but guest has 3' }],
    ],
    [
      'six games in a best of five',
      [11, 11, 11, 11, 11, 11],
      [0, 0, 0, 0, 0, 0],
      strict5,
      [{ game: null, code: 'TOO_MANY_GAMES', reason: '6 games entered but a best-of-5 match has at most 5' }],
    ],
    [
      'too many and mismatched',
      [11, 11, 11, 11],
      [0, 0, 0],
      strict3,
      [
        { game: null, code: 'LENGTH_MISMATCH', reason: 'home has 4 game scores but guest has 3' },
        { game: null, code: 'TOO_MANY_GAMES', reason: '4 games entered but a best-of-3 match has at most 3' },
      ],
    ],
    [
      'fractional score',
      [11, 10.5, 11],
      [5, 12, 5],
      strict3,
      [{ game: 2, code: 'NOT_INTEGER', reason: 'game 2: home score 10.5 is not a whole number' }],
    ],
    [
      'NaN score',
      [11, 11],
      [Number.NaN, 3],
      strict3,
      [{ game: 1, code: 'NOT_INTEGER', reason: 'game 1: guest score NaN is not a whole number' }],
    ],
    [
      'negative score',
      [11, 11],
      [-1, 3],
      relaxed3,
      [{ game: 1, code: 'OUT_OF_RANGE', reason: 'game 1: guest score -1 is outside 0-99' }],
    ],
    [
      'score above 99',
      [100, 11],
      [98, 3],
      relaxed3,
      [{ game: 1, code: 'OUT_OF_RANGE', reason: 'game 1: home score 100 is outside 0-99' }],
    ],
    [
      'both scores broken in one game',
      [11, -3],
      [5, 1.5],
      relaxed3,
      [
        { game: 2, code: 'OUT_OF_RANGE', reason: 'game 2: home score -3 is outside 0-99' },
        { game: 2, code: 'NOT_INTEGER', reason: 'game 2: guest score 1.5 is not a whole number' },
      ],
    ],
    [
      'tied game',
      [11, 10, 11],
      [5, 10, 5],
      strict3,
      [{ game: 2, code: 'TIED_GAME', reason: 'game 2: 10-10 is a tie; every game has a winner' }],
    ],
    [
      'tied game in relaxed mode',
      [0, 11, 11],
      [0, 3, 3],
      relaxed3,
      [{ game: 1, code: 'TIED_GAME', reason: 'game 1: 0-0 is a tie; every game has a winner' }],
    ],
    [
      '11-10 is unfinished',
      [11, 11, 11],
      [5, 10, 5],
      strict5,
      [
        {
          game: 2,
          code: 'UNFINISHED_GAME',
          reason: 'game 2: 11-10 is not a finished game to 11 (must win by 2)',
        },
      ],
    ],
    [
      '13-9 is past deuce',
      [11, 13, 11],
      [5, 9, 5],
      strict5,
      [
        {
          game: 2,
          code: 'UNFINISHED_GAME',
          reason: 'game 2: 13-9 is not a finished game to 11 (past 11 the game ends at a lead of 2)',
        },
      ],
    ],
    [
      '9-6 is short of 11',
      [9, 11, 11],
      [6, 5, 5],
      strict5,
      [
        {
          game: 1,
          code: 'UNFINISHED_GAME',
          reason: 'game 1: 9-6 is not a finished game to 11 (nobody reached 11)',
        },
      ],
    ],
    [
      'seed relaxed example in strict mode',
      [11, 9],
      [8, 6],
      strict3,
      [
        {
          game: 2,
          code: 'UNFINISHED_GAME',
          reason: 'game 2: 9-6 is not a finished game to 11 (nobody reached 11)',
        },
      ],
    ],
    [
      'win by 1 cannot go past 11',
      [12, 11],
      [11, 3],
      { ...strict3, win_by: 1 },
      [
        {
          game: 1,
          code: 'UNFINISHED_GAME',
          reason: 'game 1: 12-11 is not a finished game to 11 (the game ends at 11)',
        },
      ],
    ],
    [
      'guest side unfinished',
      [11, 11, 10],
      [5, 14, 12],
      strict5,
      [
        {
          game: 2,
          code: 'UNFINISHED_GAME',
          reason: 'game 2: 11-14 is not a finished game to 11 (past 11 the game ends at a lead of 2)',
        },
        {
          game: null,
          code: 'NO_WINNER',
          reason: 'nobody won 3 games (home 1, guest 2); a best-of-5 match needs 3',
        },
      ],
    ],
    [
      'match stopped too early',
      [11, 11],
      [5, 5],
      strict5,
      [
        {
          game: null,
          code: 'NO_WINNER',
          reason: 'nobody won 3 games (home 2, guest 0); a best-of-5 match needs 3',
        },
      ],
    ],
    [
      'stopped at 2-1 in a best of 5',
      [11, 5, 11],
      [5, 11, 9],
      strict5,
      [
        {
          game: null,
          code: 'NO_WINNER',
          reason: 'nobody won 3 games (home 2, guest 1); a best-of-5 match needs 3',
        },
      ],
    ],
    [
      'relaxed best of 3 with one game',
      [11],
      [8],
      relaxed3,
      [
        {
          game: null,
          code: 'NO_WINNER',
          reason: 'nobody won 2 games (home 1, guest 0); a best-of-3 match needs 2',
        },
      ],
    ],
    [
      'a fourth game after 3-0',
      [11, 11, 11, 5],
      [5, 5, 5, 11],
      strict5,
      [
        {
          game: 4,
          code: 'GAME_AFTER_DECISION',
          reason: 'game 4: played after the match was decided 3-0 in game 3',
        },
      ],
    ],
    [
      'a third game after 2-0 in best of 3',
      [11, 11, 3],
      [5, 5, 11],
      relaxed3,
      [
        {
          game: 3,
          code: 'GAME_AFTER_DECISION',
          reason: 'game 3: played after the match was decided 2-0 in game 2',
        },
      ],
    ],
    [
      'two games after the decision',
      [5, 5, 5, 11, 11],
      [11, 11, 11, 5, 5],
      strict5,
      [
        {
          game: 4,
          code: 'GAME_AFTER_DECISION',
          reason: 'game 4: played after the match was decided 0-3 in game 3',
        },
        {
          game: 5,
          code: 'GAME_AFTER_DECISION',
          reason: 'game 5: played after the match was decided 0-3 in game 3',
        },
      ],
    ],
    [
      'best of 1 with a second game',
      [11, 11],
      [5, 5],
      { ...strict5, best_of: 1 },
      [{ game: null, code: 'TOO_MANY_GAMES', reason: '2 games entered but a best-of-1 match has at most 1' }],
    ],
  ])('%s', (_name, home, guest, rules, problems) => {
    expect(problemsOf(home, guest, rules)).toEqual(problems);
  });

  it('lists problems of several games in game order', () => {
    const problems = problemsOf([11, 11, 10, 9, 11], [10, 14, 10, 11, 2]);
    expect(problems.map((p) => [p.game, p.code])).toEqual([
      [1, 'UNFINISHED_GAME'],
      [2, 'UNFINISHED_GAME'],
      [3, 'TIED_GAME'],
    ]);
  });

  it('reports an unfinished game that was also played after the decision', () => {
    const problems = problemsOf([11, 11, 11, 11], [3, 3, 3, 10]);
    expect(problems).toEqual([
      {
        game: 4,
        code: 'UNFINISHED_GAME',
        reason: 'game 4: 11-10 is not a finished game to 11 (must win by 2)',
      },
      {
        game: 4,
        code: 'GAME_AFTER_DECISION',
        reason: 'game 4: played after the match was decided 3-0 in game 3',
      },
    ]);
  });

  it('does not add NO_WINNER when a broken game hides who won it', () => {
    const problems = problemsOf([11, 11, 7], [3, 3, 7]);
    expect(problems.map((p) => p.code)).toEqual(['TIED_GAME']);
  });

  it('still spots games after a decision reached around a broken game', () => {
    const problems = problemsOf([11, 4, 11, 11, 11], [3, 4, 3, 3, 3]);
    expect(problems.map((p) => [p.game, p.code])).toEqual([
      [2, 'TIED_GAME'],
      [5, 'GAME_AFTER_DECISION'],
    ]);
  });
});
