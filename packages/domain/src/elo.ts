/**
 * Rounds half away from zero to 2 decimals (ratings are numeric(7,2)). Going through 15
 * significant digits first removes binary noise, so 1.005 (stored as 1.00499999…) gives 1.01.
 */
export function roundCents(x: number): number {
  if (!Number.isFinite(x)) return x;
  const cents = Number.parseFloat((Math.abs(x) * 100).toPrecision(15));
  const rounded = (Math.sign(x) * Math.round(cents)) / 100;
  return rounded === 0 ? 0 : rounded;
}

/** Probability-like score a side is expected to take from a match against the other side. */
export function expectedScore(ratingSide: number, ratingOther: number, scale: number): number {
  return 1 / (1 + 10 ** ((ratingOther - ratingSide) / scale));
}

/** A doubles pair plays as one side rated at the mean of its two players. */
export function sideRating(ratings: readonly number[]): number {
  if (ratings.length === 0) throw new RangeError('a side needs at least one rated player');
  return ratings.reduce((sum, rating) => sum + rating, 0) / ratings.length;
}

export interface EloInput {
  home: readonly number[];
  guest: readonly number[];
  winner: 'home' | 'guest';
  k: number;
  scale: number;
}

/** Rating delta for every player; partners share their side's delta. The two sides' deltas always cancel out. */
export function eloChanges(input: EloInput): { home: number[]; guest: number[] } {
  const homeExpected = expectedScore(sideRating(input.home), sideRating(input.guest), input.scale);
  const homeActual = input.winner === 'home' ? 1 : 0;
  const homeDelta = roundCents(input.k * (homeActual - homeExpected));
  const guestDelta = homeDelta === 0 ? 0 : -homeDelta;
  return {
    home: input.home.map(() => homeDelta),
    guest: input.guest.map(() => guestDelta),
  };
}
