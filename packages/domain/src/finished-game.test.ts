import { describe, expect, it } from 'vitest';
import { isFinishedGame, unfinishedReason } from './finished-game.js';

describe('isFinishedGame', () => {
  it.each<[number, number, number, number, boolean]>([
    [11, 9, 11, 2, true],
    [9, 11, 11, 2, true],
    [11, 0, 11, 2, true],
    [0, 11, 11, 2, true],
    [12, 10, 11, 2, true],
    [10, 12, 11, 2, true],
    [13, 11, 11, 2, true],
    [25, 23, 11, 2, true],
    [11, 10, 11, 2, false],
    [10, 11, 11, 2, false],
    [13, 9, 11, 2, false],
    [12, 9, 11, 2, false],
    [12, 11, 11, 2, false],
    [14, 11, 11, 2, false],
    [9, 6, 11, 2, false],
    [10, 8, 11, 2, false],
    [0, 0, 11, 2, false],
    [11, 11, 11, 2, false],
    [21, 19, 21, 2, true],
    [21, 0, 21, 2, true],
    [22, 20, 21, 2, true],
    [21, 20, 21, 2, false],
    [11, 9, 21, 2, false],
    [21, 20, 21, 1, true],
    [11, 10, 11, 1, true],
    [12, 11, 11, 1, false],
    [12, 10, 11, 1, false],
    [11, 8, 11, 3, true],
    [11, 9, 11, 3, false],
    [14, 11, 11, 3, true],
    [14, 12, 11, 3, false],
    [15, 11, 11, 3, false],
    [11, -1, 11, 2, false],
    [11.5, 9, 11, 2, false],
    [Number.NaN, 9, 11, 2, false],
  ])('%d-%d to %d by %d → %s', (a, b, pointsPerGame, winBy, finished) => {
    expect(isFinishedGame(a, b, pointsPerGame, winBy)).toBe(finished);
  });
});

describe('unfinishedReason', () => {
  it.each<[number, number, number, number, string | null]>([
    [11, 9, 11, 2, null],
    [12, 10, 11, 2, null],
    [9, 6, 11, 2, 'nobody reached 11'],
    [11, 10, 11, 2, 'must win by 2'],
    [13, 9, 11, 2, 'past 11 the game ends at a lead of 2'],
    [12, 11, 11, 1, 'the game ends at 11'],
    [20, 18, 21, 2, 'nobody reached 21'],
    [11, -2, 11, 2, 'scores must be whole numbers'],
  ])('%d-%d to %d by %d → %s', (a, b, pointsPerGame, winBy, reason) => {
    expect(unfinishedReason(a, b, pointsPerGame, winBy)).toBe(reason);
  });
});
