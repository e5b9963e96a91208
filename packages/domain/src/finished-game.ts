/**
 * A game ends the moment one side has `pointsPerGame` and leads by `winBy`, so past
 * `pointsPerGame` (deuce) the only possible final margin is exactly `winBy`.
 */
export function isFinishedGame(a: number, b: number, pointsPerGame: number, winBy: number): boolean {
  return unfinishedReason(a, b, pointsPerGame, winBy) === null;
}

/** Why a final game score could not have happened under these rules, or null when it is a finished game. */
export function unfinishedReason(a: number, b: number, pointsPerGame: number, winBy: number): string | null {
  if (![a, b].every((score) => Number.isInteger(score) && score >= 0)) return 'scores must be whole numbers';
  const high = Math.max(a, b);
  const margin = high - Math.min(a, b);
  if (high < pointsPerGame) return `nobody reached ${pointsPerGame}`;
  if (margin < winBy) return `must win by ${winBy}`;
  if (high === pointsPerGame) return null;
  // With win by 1 the game is over at pointsPerGame, so nobody can score beyond it.
  if (winBy === 1) return `the game ends at ${pointsPerGame}`;
  if (margin > winBy) return `past ${pointsPerGame} the game ends at a lead of ${winBy}`;
  return null;
}
