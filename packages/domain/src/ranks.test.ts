import { describe, expect, it } from 'vitest';
import { defaultRating, nextRank, type RankTier, SEEDED_RANKS } from './ranks.js';

const tier = (overrides: Partial<RankTier>): RankTier => ({
  id: 'X',
  sort_order: 1,
  min_score: 0,
  max_score: 100,
  promotion_buffer: 0,
  relegation_buffer: 0,
  ...overrides,
});

describe('SEEDED_RANKS', () => {
  it('has the nine tiers of the specification, lowest first', () => {
    expect(SEEDED_RANKS.map((r) => [r.id, r.sort_order, r.min_score, r.max_score, r.standard_score])).toEqual(
      [
        ['C3', 1, null, 499, 50],
        ['C2', 2, 500, 799, 60],
        ['C1', 3, 800, 1099, 70],
        ['B3', 4, 1100, 1399, 80],
        ['B2', 5, 1400, 1699, 90],
        ['B1', 6, 1700, 1999, 100],
        ['A3', 7, 2000, 2499, 110],
        ['A2', 8, 2500, 2999, 120],
        ['A1', 9, 3000, null, 130],
      ],
    );
  });

  it('uses buffers of 25 and a description everywhere', () => {
    for (const rank of SEEDED_RANKS) {
      expect(rank.promotion_buffer).toBe(25);
      expect(rank.relegation_buffer).toBe(25);
      expect(rank.description.length).toBeGreaterThan(0);
    }
  });

  it('leaves no overlap: each tier starts one above the previous maximum', () => {
    SEEDED_RANKS.slice(1).forEach((rank, i) => {
      expect(rank.min_score).toBe((SEEDED_RANKS[i]?.max_score ?? Number.NaN) + 1);
    });
  });

  it('is frozen', () => {
    expect(Object.isFrozen(SEEDED_RANKS)).toBe(true);
    expect(Object.isFrozen(SEEDED_RANKS[0])).toBe(true);
  });
});

describe('defaultRating', () => {
  it.each(SEEDED_RANKS.map((r) => [r.id, r] as const))('%s sits in the middle of its range', (_id, rank) => {
    const expected = {
      C3: 249.5,
      C2: 649.5,
      C1: 949.5,
      B3: 1249.5,
      B2: 1549.5,
      B1: 1849.5,
      A3: 2249.5,
      A2: 2749.5,
      A1: 3150,
    };
    expect(defaultRating(rank)).toBe(expected[rank.id as keyof typeof expected]);
  });

  it.each<[Partial<RankTier>, number]>([
    [{ min_score: null, max_score: 499 }, 249.5],
    [{ min_score: 3000, max_score: null }, 3150],
    [{ min_score: null, max_score: null }, 150],
    [{ min_score: 1400, max_score: 1699 }, 1549.5],
    [{ min_score: 100, max_score: 100 }, 100],
    [{ min_score: 0.01, max_score: 0.02 }, 0.02],
    [{ min_score: 1000.25, max_score: 1100 }, 1050.13],
  ])('%j → %d', (range, expected) => {
    expect(defaultRating(tier(range))).toBe(expected);
  });
});

describe('nextRank on the seeded tiers', () => {
  it.each<[number, string, string, 'up' | 'down' | 'none']>([
    [1724, 'B2', 'B1', 'up'],
    [1723.99, 'B2', 'B2', 'none'],
    [1723, 'B2', 'B2', 'none'],
    [1700, 'B2', 'B2', 'none'],
    [1549.5, 'B2', 'B2', 'none'],
    [1400, 'B2', 'B2', 'none'],
    [1375, 'B2', 'B2', 'none'],
    [1374.99, 'B2', 'B3', 'down'],
    [1374, 'B2', 'B3', 'down'],
    [1724.01, 'B2', 'B1', 'up'],
    [3500, 'B2', 'B1', 'up'],
    [0, 'B2', 'B3', 'down'],
    [-50, 'B2', 'B3', 'down'],
    [524, 'C3', 'C2', 'up'],
    [523.99, 'C3', 'C3', 'none'],
    [0, 'C3', 'C3', 'none'],
    [-1000, 'C3', 'C3', 'none'],
    [475, 'C2', 'C2', 'none'],
    [474.99, 'C2', 'C3', 'down'],
    [824, 'C2', 'C1', 'up'],
    [2524, 'A3', 'A2', 'up'],
    [2523.99, 'A3', 'A3', 'none'],
    [1975, 'A3', 'A3', 'none'],
    [1974.99, 'A3', 'B1', 'down'],
    [3024, 'A2', 'A1', 'up'],
    [2475, 'A2', 'A2', 'none'],
    [2474.99, 'A2', 'A3', 'down'],
    [99999.99, 'A1', 'A1', 'none'],
    [3000, 'A1', 'A1', 'none'],
    [2975, 'A1', 'A1', 'none'],
    [2974.99, 'A1', 'A2', 'down'],
    [0, 'A1', 'A2', 'down'],
  ])('rating %d in %s → %s (%s)', (rating, from, to, direction) => {
    expect(nextRank(rating, from, SEEDED_RANKS)).toEqual({ from, to, direction });
  });

  describe.each(SEEDED_RANKS.map((r) => [r.id, r] as const))('around the boundaries of %s', (_id, rank) => {
    const index = SEEDED_RANKS.indexOf(rank);
    const above = SEEDED_RANKS[index + 1];
    const below = SEEDED_RANKS[index - 1];
    const promoteAt = rank.max_score === null ? null : rank.max_score + rank.promotion_buffer;
    const relegateBelow = rank.min_score === null ? null : rank.min_score - rank.relegation_buffer;

    it('stays inside its own range', () => {
      expect(nextRank(defaultRating(rank), rank.id, SEEDED_RANKS).direction).toBe('none');
      if (rank.min_score !== null)
        expect(nextRank(rank.min_score, rank.id, SEEDED_RANKS).direction).toBe('none');
      if (rank.max_score !== null)
        expect(nextRank(rank.max_score, rank.id, SEEDED_RANKS).direction).toBe('none');
    });

    it('promotes exactly at max + buffer and not a cent below', () => {
      if (promoteAt === null || above === undefined) {
        expect(nextRank(1e5 - 0.01, rank.id, SEEDED_RANKS).direction).toBe('none');
        return;
      }
      expect(nextRank(promoteAt, rank.id, SEEDED_RANKS)).toEqual({
        from: rank.id,
        to: above.id,
        direction: 'up',
      });
      expect(nextRank(promoteAt - 0.01, rank.id, SEEDED_RANKS).direction).toBe('none');
      expect(nextRank(promoteAt - 1, rank.id, SEEDED_RANKS).direction).toBe('none');
    });

    it('relegates a cent below min - buffer and not at it', () => {
      if (relegateBelow === null || below === undefined) {
        expect(nextRank(-99999.99, rank.id, SEEDED_RANKS).direction).toBe('none');
        return;
      }
      expect(nextRank(relegateBelow, rank.id, SEEDED_RANKS).direction).toBe('none');
      expect(nextRank(relegateBelow - 0.01, rank.id, SEEDED_RANKS)).toEqual({
        from: rank.id,
        to: below.id,
        direction: 'down',
      });
    });
  });
});

describe('nextRank as a state machine', () => {
  it('climbs one tier per finalized round, even when far above', () => {
    const path: string[] = [];
    let current = 'C3';
    for (let round = 0; round < 12; round += 1) {
      current = nextRank(3500, current, SEEDED_RANKS).to;
      path.push(current);
    }
    expect(path).toEqual(['C2', 'C1', 'B3', 'B2', 'B1', 'A3', 'A2', 'A1', 'A1', 'A1', 'A1', 'A1']);
  });

  it('falls one tier per finalized round, and never below the bottom', () => {
    const path: string[] = [];
    let current = 'A1';
    for (let round = 0; round < 10; round += 1) {
      current = nextRank(100, current, SEEDED_RANKS).to;
      path.push(current);
    }
    expect(path).toEqual(['A2', 'A3', 'B1', 'B2', 'B3', 'C1', 'C2', 'C3', 'C3', 'C3']);
  });

  it('keeps a player in the buffer zone wherever they came from', () => {
    expect(nextRank(1710, 'B2', SEEDED_RANKS).to).toBe('B2');
    expect(nextRank(1690, 'B1', SEEDED_RANKS).to).toBe('B1');
  });

  it('sorts tiers by sort_order, not by array position', () => {
    const shuffled = [...SEEDED_RANKS].reverse();
    expect(nextRank(1724, 'B2', shuffled).to).toBe('B1');
    expect(nextRank(1374, 'B2', shuffled).to).toBe('B3');
  });

  it('does not reorder the caller’s array', () => {
    const shuffled = [...SEEDED_RANKS].reverse();
    nextRank(1724, 'B2', shuffled);
    expect(shuffled[0]?.id).toBe('A1');
  });

  it('never promotes from the top tier even if it has a maximum', () => {
    const tiers = [
      tier({ id: 'low', sort_order: 1, max_score: 100 }),
      tier({ id: 'top', sort_order: 2, min_score: 101, max_score: 200 }),
    ];
    expect(nextRank(10000, 'top', tiers)).toEqual({ from: 'top', to: 'top', direction: 'none' });
  });

  it('never relegates from the bottom tier even if it has a minimum', () => {
    const tiers = [
      tier({ id: 'bottom', sort_order: 1, min_score: 100 }),
      tier({ id: 'next', sort_order: 2, min_score: 201 }),
    ];
    expect(nextRank(-500, 'bottom', tiers)).toEqual({ from: 'bottom', to: 'bottom', direction: 'none' });
  });

  it('treats an open maximum as "never promotes" even with a tier above', () => {
    const tiers = [tier({ id: 'a', sort_order: 1, max_score: null }), tier({ id: 'b', sort_order: 2 })];
    expect(nextRank(1e6, 'a', tiers).direction).toBe('none');
  });

  it('treats an open minimum as "never relegates" even with a tier below', () => {
    const tiers = [tier({ id: 'a', sort_order: 1 }), tier({ id: 'b', sort_order: 2, min_score: null })];
    expect(nextRank(-1e6, 'b', tiers).direction).toBe('none');
  });

  it('compares in whole cents, so fractional buffers are exact', () => {
    const tiers = [
      tier({ id: 'low', sort_order: 1, min_score: null, max_score: 1699, promotion_buffer: 25.1 }),
      tier({ id: 'high', sort_order: 2, min_score: 1700, max_score: null, relegation_buffer: 0.3 }),
    ];
    expect(nextRank(1724.1, 'low', tiers).to).toBe('high');
    expect(nextRank(1724.09, 'low', tiers).to).toBe('low');
    expect(nextRank(1699.7, 'high', tiers).to).toBe('high');
    expect(nextRank(1699.69, 'high', tiers).to).toBe('low');
  });

  it('works with zero buffers', () => {
    const tiers = [
      tier({ id: 'a', sort_order: 1, max_score: 99 }),
      tier({ id: 'b', sort_order: 2, min_score: 100, max_score: 199 }),
    ];
    expect(nextRank(99, 'a', tiers).to).toBe('b');
    expect(nextRank(98.99, 'a', tiers).to).toBe('a');
    expect(nextRank(100, 'b', tiers).to).toBe('b');
    expect(nextRank(99.99, 'b', tiers).to).toBe('a');
  });

  it('refuses an unknown rank', () => {
    expect(() => nextRank(1500, 'Z9', SEEDED_RANKS)).toThrow('unknown rank Z9');
  });
});
