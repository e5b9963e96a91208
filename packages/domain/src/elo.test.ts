import { describe, expect, it } from 'vitest';
import { eloChanges, expectedScore, roundCents, sideRating } from './elo.js';

describe('roundCents', () => {
  it.each<[number, number]>([
    [0, 0],
    [1, 1],
    [1.004, 1],
    [1.005, 1.01],
    [1.015, 1.02],
    [2.675, 2.68],
    [1.255, 1.26],
    [8.345, 8.35],
    [10.075, 10.08],
    [0.125, 0.13],
    [0.005, 0.01],
    [0.0049, 0],
    [7.688098347265349, 7.69],
    [24.311901652734655, 24.31],
    [1549.5, 1549.5],
    [99999.995, 100000],
    [-1.005, -1.01],
    [-2.675, -2.68],
    [-0.125, -0.13],
    [-0.005, -0.01],
    [-7.688098347265349, -7.69],
    [-1.004, -1],
  ])('%d → %d', (x, expected) => {
    expect(roundCents(x)).toBe(expected);
  });

  it('never returns negative zero', () => {
    expect(Object.is(roundCents(-0.001), 0)).toBe(true);
    expect(Object.is(roundCents(-0), 0)).toBe(true);
  });

  it('passes non-finite values through', () => {
    expect(roundCents(Number.NaN)).toBeNaN();
    expect(roundCents(Number.POSITIVE_INFINITY)).toBe(Number.POSITIVE_INFINITY);
  });
});

describe('expectedScore', () => {
  it.each<[number, number, number, number]>([
    [1500, 1500, 400, 0.5],
    [1600, 1400, 400, 0.7597469266479578],
    [1400, 1600, 400, 0.24025307335204216],
    [1900, 1500, 400, 10 / 11],
    [1500, 1900, 400, 1 / 11],
    [1650, 1500, 150, 10 / 11],
    [2300, 1500, 400, 100 / 101],
  ])('%d against %d on scale %d', (side, other, scale, expected) => {
    expect(expectedScore(side, other, scale)).toBeCloseTo(expected, 12);
  });

  it.each<[number, number, number]>([
    [1600, 1400, 400],
    [1234.56, 1987.65, 150],
    [3000, 100, 400],
  ])('the two sides of %d vs %d add up to 1', (a, b, scale) => {
    expect(expectedScore(a, b, scale) + expectedScore(b, a, scale)).toBeCloseTo(1, 12);
  });

  it('makes a rating gap count for more on a smaller scale', () => {
    expect(expectedScore(1600, 1500, 150)).toBeGreaterThan(expectedScore(1600, 1500, 400));
  });
});

describe('sideRating', () => {
  it.each<[number[], number]>([
    [[1500], 1500],
    [[1400, 1600], 1500],
    [[1000, 1001], 1000.5],
    [[1234.56, 1234.56], 1234.56],
    [[0, 3000], 1500],
  ])('%j rates as %d', (ratings, expected) => {
    expect(sideRating(ratings)).toBeCloseTo(expected, 10);
  });

  it('refuses a side without players', () => {
    expect(() => sideRating([])).toThrow(RangeError);
  });
});

describe('eloChanges', () => {
  it.each<[number, number, 'home' | 'guest', number, number, number]>([
    [1500, 1500, 'home', 32, 400, 16],
    [1500, 1500, 'guest', 32, 400, -16],
    [1600, 1400, 'home', 32, 400, 7.69],
    [1600, 1400, 'guest', 32, 400, -24.31],
    [1400, 1600, 'home', 32, 400, 24.31],
    [1400, 1600, 'guest', 32, 400, -7.69],
    [1600, 1500, 'home', 32, 400, 11.52],
    [1510, 1500, 'home', 32, 400, 15.54],
    [2000, 1000, 'home', 32, 400, 0.1],
    [1000, 2000, 'home', 32, 400, 31.9],
    [3000, 100, 'home', 32, 400, 0],
    [1500, 1500, 'home', 16, 150, 8],
    [1550, 1500, 'home', 16, 150, 5.07],
    [1550, 1500, 'guest', 16, 150, -10.93],
    [1700, 1500, 'home', 20, 400, 4.81],
    [1500, 1700, 'home', 24, 400, 18.23],
    [1234.56, 1200, 'guest', 32, 400, -17.59],
    [1800, 1200, 'guest', 32, 150, -32],
    [1500, 1500, 'home', 100, 2000, 50],
    [1600, 1600, 'home', 0, 400, 0],
  ])('singles %d vs %d, %s wins, k %d, scale %d → home %d', (home, guest, winner, k, scale, homeDelta) => {
    const changes = eloChanges({ home: [home], guest: [guest], winner, k, scale });
    expect(changes).toEqual({ home: [homeDelta], guest: [homeDelta === 0 ? 0 : -homeDelta] });
  });

  it.each<[number[], number[], 'home' | 'guest', number]>([
    [[1500, 1700], [1600, 1600], 'home', 16],
    [[1500, 1700], [1600, 1600], 'guest', -16],
    [[1700, 1500], [1400, 1400], 'home', 7.69],
    [[1450, 1550], [1800, 1600], 'home', 24.31],
    [[1450, 1550], [1800, 1600], 'guest', -7.69],
    [[1000, 2200], [1600, 1600], 'guest', -16],
  ])('doubles %j vs %j, %s wins → home %d each', (home, guest, winner, homeDelta) => {
    const changes = eloChanges({ home, guest, winner, k: 32, scale: 400 });
    expect(changes).toEqual({ home: [homeDelta, homeDelta], guest: [-homeDelta, -homeDelta] });
  });

  it('rates a doubles pair by its mean, so the spread inside the pair does not matter', () => {
    const balanced = eloChanges({
      home: [1500, 1500],
      guest: [1500, 1500],
      winner: 'home',
      k: 32,
      scale: 400,
    });
    const spread = eloChanges({ home: [1000, 2000], guest: [1500, 1500], winner: 'home', k: 32, scale: 400 });
    expect(spread).toEqual(balanced);
  });

  it('is zero-sum after rounding', () => {
    for (let gap = -800; gap <= 800; gap += 37) {
      const changes = eloChanges({ home: [1500 + gap], guest: [1500], winner: 'home', k: 32, scale: 400 });
      const [homeDelta] = changes.home;
      const [guestDelta] = changes.guest;
      expect((homeDelta ?? Number.NaN) + (guestDelta ?? Number.NaN)).toBe(0);
    }
  });

  it('never gives the winner a negative delta or the loser a positive one', () => {
    for (let gap = -1500; gap <= 1500; gap += 100) {
      const { home, guest } = eloChanges({
        home: [1500 + gap],
        guest: [1500],
        winner: 'guest',
        k: 32,
        scale: 400,
      });
      expect(home[0]).toBeLessThanOrEqual(0);
      expect(guest[0]).toBeGreaterThanOrEqual(0);
    }
  });

  it('returns deltas with at most 2 decimals', () => {
    const { home } = eloChanges({ home: [1523.37], guest: [1488.91], winner: 'home', k: 27.5, scale: 173 });
    const delta = home[0] ?? Number.NaN;
    expect(Math.round(delta * 100) / 100).toBe(delta);
  });
});
