export type Outcome = 'WIN' | 'LOSS';

export interface Streaks {
  /** The run the player is on now: the latest result and how many in a row; null before a first match. */
  current: { result: Outcome | null; length: number };
  longest_win: number;
  longest_loss: number;
}

/** Streaks over results in the order they were played (oldest first). */
export function streaks(outcomes: readonly Outcome[]): Streaks {
  let result: Outcome | null = null;
  let length = 0;
  let longestWin = 0;
  let longestLoss = 0;
  for (const outcome of outcomes) {
    length = outcome === result ? length + 1 : 1;
    result = outcome;
    if (outcome === 'WIN') longestWin = Math.max(longestWin, length);
    else longestLoss = Math.max(longestLoss, length);
  }
  return { current: { result, length }, longest_win: longestWin, longest_loss: longestLoss };
}

/** Share of matches won, 0…1 to four decimals; 0 before a first match rather than NaN. */
export function winRate(won: number, played: number): number {
  if (played <= 0) return 0;
  return Math.round((won / played) * 10_000) / 10_000;
}
