import { describe, expect, it } from 'vitest';
import { rankChanges } from './rank-changes.js';
import { SEEDED_RANKS } from './ranks.js';

describe('rankChanges', () => {
  it('lists only the players who move, one tier each, with the reason', () => {
    const players = [
      { id: 'stays-high', rating: 1723, rank_id: 'B2' },
      { id: 'promoted', rating: 1724, rank_id: 'B2' },
      { id: 'stays-low', rating: 1375, rank_id: 'B2' },
      { id: 'relegated', rating: 1374, rank_id: 'B2' },
      { id: 'far-above', rating: 2600, rank_id: 'B2' },
      { id: 'bottom', rating: 10, rank_id: 'C3' },
      { id: 'top', rating: 9000, rank_id: 'A1' },
    ];
    expect(rankChanges(players, SEEDED_RANKS)).toEqual([
      { id: 'promoted', from: 'B2', to: 'B1', rating: 1724, reason: 'PROMOTION' },
      { id: 'relegated', from: 'B2', to: 'B3', rating: 1374, reason: 'RELEGATION' },
      { id: 'far-above', from: 'B2', to: 'B1', rating: 2600, reason: 'PROMOTION' },
    ]);
  });

  it('follows edited thresholds and buffers rather than the seeded ones', () => {
    const tiers = SEEDED_RANKS.map((tier) =>
      tier.id === 'B2' ? { ...tier, max_score: 1599, promotion_buffer: 0, relegation_buffer: 100 } : tier,
    );
    const players = [
      { id: 'a', rating: 1599, rank_id: 'B2' },
      { id: 'b', rating: 1598.99, rank_id: 'B2' },
      { id: 'c', rating: 1300, rank_id: 'B2' },
      { id: 'd', rating: 1299.99, rank_id: 'B2' },
    ];
    expect(rankChanges(players, tiers).map((change) => [change.id, change.to])).toEqual([
      ['a', 'B1'],
      ['d', 'B3'],
    ]);
  });

  it('leaves a player on an unknown rank alone instead of failing the whole round', () => {
    expect(rankChanges([{ id: 'x', rating: 5000, rank_id: 'Z9' }], SEEDED_RANKS)).toEqual([]);
  });

  it('is empty for an empty roster', () => {
    expect(rankChanges([], SEEDED_RANKS)).toEqual([]);
  });
});
