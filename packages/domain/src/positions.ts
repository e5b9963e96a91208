/**
 * SQL RANK() semantics over rows already in display order: a row equal to the one before it
 * shares its position, and the next different row skips ahead (1, 1, 3).
 */
export function sharedPositions<T>(rows: readonly T[], sameAsPrevious: (a: T, b: T) => boolean): number[] {
  const positions: number[] = [];
  for (let index = 0; index < rows.length; index += 1) {
    const shares = index > 0 && sameAsPrevious(rows[index - 1] as T, rows[index] as T);
    positions.push(shares ? (positions[index - 1] as number) : index + 1);
  }
  return positions;
}

export interface LeaderboardEntry {
  accumulated_points: number;
  wins: number;
  matches_played: number;
  player_name: string;
}

// Points are numeric(10,2); whole cents make sums like 0.1 + 0.2 tie with 0.3.
const cents = (points: number): number => Math.round(points * 100);

/** Points desc, wins desc, fewer matches played first, then name in Vietnamese alphabetical order. */
export function compareLeaderboard(a: LeaderboardEntry, b: LeaderboardEntry): number {
  return (
    cents(b.accumulated_points) - cents(a.accumulated_points) ||
    b.wins - a.wins ||
    a.matches_played - b.matches_played ||
    a.player_name.localeCompare(b.player_name, 'vi')
  );
}

const sharesPosition = (a: LeaderboardEntry, b: LeaderboardEntry): boolean =>
  cents(a.accumulated_points) === cents(b.accumulated_points) && a.wins === b.wins;

/**
 * Positions for `entries` in their given order, whatever that order is. Matches played and
 * name only decide who is listed first; players level on points and wins share a position.
 */
export function leaderboardPositions(entries: readonly LeaderboardEntry[]): number[] {
  const entryAt = (index: number) => entries[index] as LeaderboardEntry;
  const order = entries
    .map((_, index) => index)
    .sort((i, j) => compareLeaderboard(entryAt(i), entryAt(j)) || i - j);
  const sorted = order.map(entryAt);
  const sortedPositions = sharedPositions(sorted, sharesPosition);
  const positions = new Array<number>(entries.length);
  order.forEach((entryIndex, rank) => {
    positions[entryIndex] = sortedPositions[rank] as number;
  });
  return positions;
}
