import { roundCents } from './elo.js';

export interface RankTier {
  id: string;
  sort_order: number;
  min_score: number | null;
  max_score: number | null;
  promotion_buffer: number;
  relegation_buffer: number;
}

export interface SeededRank extends RankTier {
  standard_score: number;
  description: string;
}

export type RankMove = { from: string; to: string; direction: 'up' | 'down' | 'none' };

// An open top end gets a nominal 300-point range so a new A1 player does not start at exactly 3000.
const OPEN_TOP_RANGE = 300;

/** Starting rating for a new registration: the middle of the tier's range. */
export function defaultRating(tier: RankTier): number {
  const min = tier.min_score ?? 0;
  const max = tier.max_score ?? min + OPEN_TOP_RANGE;
  return roundCents((min + max) / 2);
}

// Ratings are numeric(7,2); comparing whole cents keeps 1699 + 25.1 from drifting to 1724.1000000000001.
const toCents = (value: number): number => Math.round(value * 100);

/**
 * Buffers make a rank sticky: a player hovering around a boundary does not flip tiers every
 * round. Moves one tier at most, so a big jump takes several finalized rounds.
 */
export function nextRank(rating: number, currentId: string, tiers: readonly RankTier[]): RankMove {
  const ordered = [...tiers].sort((a, b) => a.sort_order - b.sort_order);
  const index = ordered.findIndex((tier) => tier.id === currentId);
  const current = ordered[index];
  if (current === undefined) throw new RangeError(`unknown rank ${currentId}`);
  const cents = toCents(rating);

  const above = ordered[index + 1];
  if (
    above !== undefined &&
    current.max_score !== null &&
    cents >= toCents(current.max_score) + toCents(current.promotion_buffer)
  ) {
    return { from: current.id, to: above.id, direction: 'up' };
  }
  const below = ordered[index - 1];
  if (
    below !== undefined &&
    current.min_score !== null &&
    cents < toCents(current.min_score) - toCents(current.relegation_buffer)
  ) {
    return { from: current.id, to: below.id, direction: 'down' };
  }
  return { from: current.id, to: current.id, direction: 'none' };
}

const seeded = (
  id: string,
  sort_order: number,
  min_score: number | null,
  max_score: number | null,
  standard_score: number,
  description: string,
): SeededRank =>
  Object.freeze({
    id,
    sort_order,
    min_score,
    max_score,
    standard_score,
    description,
    promotion_buffer: 25,
    relegation_buffer: 25,
  });

/** The nine tiers every new installation starts with, lowest first (migration 0001 seeds the same rows). */
export const SEEDED_RANKS: readonly SeededRank[] = Object.freeze([
  seeded('C3', 1, null, 499, 50, 'Beginner'),
  seeded('C2', 2, 500, 799, 60, 'Novice'),
  seeded('C1', 3, 800, 1099, 70, 'Improver'),
  seeded('B3', 4, 1100, 1399, 80, 'Club player'),
  seeded('B2', 5, 1400, 1699, 90, 'Strong club player'),
  seeded('B1', 6, 1700, 1999, 100, 'Advanced'),
  seeded('A3', 7, 2000, 2499, 110, 'Expert'),
  seeded('A2', 8, 2500, 2999, 120, 'Master'),
  seeded('A1', 9, 3000, null, 130, 'Elite'),
]);
