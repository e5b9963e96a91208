import { describe, expect, it } from 'vitest';
import { forfeitPointChanges, forfeitSets, matchPointChanges } from './match-changes.js';

const rules = { win_points: 100, loss_points: 50, elo_k: 32, elo_scale: 400, forfeit_win_points: 30 };

describe('matchPointChanges', () => {
  it('gives each side its points and an Elo move that cancels out', () => {
    const changes = matchPointChanges(
      'home',
      { home: [{ playerSeasonId: 'h', rating: 1500 }], guest: [{ playerSeasonId: 'g', rating: 1500 }] },
      rules,
    );
    expect(changes).toEqual([
      { playerSeasonId: 'h', deltaPoints: 100, ratingDelta: 16, won: 1, lost: 0 },
      { playerSeasonId: 'g', deltaPoints: 50, ratingDelta: -16, won: 0, lost: 1 },
    ]);
  });

  it('rates a doubles side at its mean and gives both partners the full points', () => {
    const changes = matchPointChanges(
      'guest',
      {
        home: [
          { playerSeasonId: 'h1', rating: 1600 },
          { playerSeasonId: 'h2', rating: 1400 },
        ],
        guest: [
          { playerSeasonId: 'g1', rating: 1500 },
          { playerSeasonId: 'g2', rating: 1500 },
        ],
      },
      rules,
    );
    expect(changes.map((c) => [c.playerSeasonId, c.deltaPoints, c.ratingDelta, c.won])).toEqual([
      ['h1', 50, -16, 0],
      ['h2', 50, -16, 0],
      ['g1', 100, 16, 1],
      ['g2', 100, 16, 1],
    ]);
  });
});

describe('forfeits', () => {
  it('gives the present side forfeit_win_points, no rating and no played match', () => {
    expect(forfeitPointChanges([{ playerSeasonId: 'p', rating: 1234 }], rules)).toEqual([
      { playerSeasonId: 'p', deltaPoints: 30, ratingDelta: 0, won: 0, lost: 0 },
    ]);
  });

  it('scores the games needed to win as 0-0 games', () => {
    expect(forfeitSets('home', 5)).toEqual({ home_sets: [0, 0, 0], guest_sets: [0, 0, 0] });
    expect(forfeitSets('guest', 3)).toEqual({ home_sets: [0, 0], guest_sets: [0, 0] });
  });
});
