import { describe, expect, it } from 'vitest';
import { pointsForSides } from './match-points.js';
import { DEFAULT_SEASON_RULES } from './season-rules.js';

describe('pointsForSides', () => {
  it.each<['home' | 'guest', number, number, { home: number; guest: number }]>([
    ['home', 100, 50, { home: 100, guest: 50 }],
    ['guest', 100, 50, { home: 50, guest: 100 }],
    ['home', 3, 0, { home: 3, guest: 0 }],
    ['guest', 3, 0, { home: 0, guest: 3 }],
    ['home', 0, 0, { home: 0, guest: 0 }],
    ['guest', 10000, 10000, { home: 10000, guest: 10000 }],
    ['home', 2.5, 1.25, { home: 2.5, guest: 1.25 }],
    ['guest', 0.1, 0.05, { home: 0.05, guest: 0.1 }],
  ])('%s wins with win %d / loss %d', (winner, win_points, loss_points, expected) => {
    expect(pointsForSides(winner, { win_points, loss_points })).toEqual(expected);
  });

  it('uses the season defaults of 100 for a win and 50 for a loss', () => {
    expect(pointsForSides('home', DEFAULT_SEASON_RULES)).toEqual({ home: 100, guest: 50 });
    expect(pointsForSides('guest', DEFAULT_SEASON_RULES)).toEqual({ home: 50, guest: 100 });
  });

  it('gives the winner the win points whichever side wins', () => {
    const rules = { win_points: 7, loss_points: 2 };
    expect(pointsForSides('home', rules).home).toBe(pointsForSides('guest', rules).guest);
    expect(pointsForSides('home', rules).guest).toBe(pointsForSides('guest', rules).home);
  });
});
