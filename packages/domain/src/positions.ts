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
  /** Lower-case UUID: namesakes on equal records are listed in id order. */
  player_season_id: string;
}

// Points are numeric(10,2); whole cents make sums like 0.1 + 0.2 tie with 0.3.
const cents = (points: number): number => Math.round(points * 100);

const vietnamese = new Intl.Collator('vi');

/** Code point order, which is UTF-8 byte order: how PostgreSQL settles names its collation finds equal. */
function codePoints(a: string, b: string): number {
  const left = [...a];
  const right = [...b];
  for (let i = 0; i < Math.min(left.length, right.length); i++) {
    const diff = (left[i] as string).codePointAt(0)! - (right[i] as string).codePointAt(0)!;
    if (diff !== 0) return diff;
  }
  return left.length - right.length;
}

/**
 * Points desc, wins desc, fewer matches played first, then the name in Vietnamese alphabetical order
 * (Ă, Â after A; Đ after D; tones unmarked, huyền, hỏi, ngã, sắc, nặng), then the registration id.
 * The server sorts in SQL (`leaderboardOrder`, collation vi-x-icu, behind the leaderboard index);
 * apps/server/test/leaderboard-order.test.ts holds the two together.
 */
export function compareLeaderboard(a: LeaderboardEntry, b: LeaderboardEntry): number {
  return (
    cents(b.accumulated_points) - cents(a.accumulated_points) ||
    b.wins - a.wins ||
    a.matches_played - b.matches_played ||
    vietnamese.compare(a.player_name, b.player_name) ||
    codePoints(a.player_name, b.player_name) ||
    (a.player_season_id < b.player_season_id ? -1 : a.player_season_id > b.player_season_id ? 1 : 0)
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
