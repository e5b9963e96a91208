export type Movement = 'up' | 'down' | 'same' | 'new';

/**
 * How a position changed since the previous snapshot: a smaller number is a better place, so
 * 5 → 2 is "up". A row that was not in the previous snapshot is "new".
 */
export function positionMovement(previous: number | null | undefined, current: number): Movement {
  if (previous === null || previous === undefined) return 'new';
  if (current < previous) return 'up';
  if (current > previous) return 'down';
  return 'same';
}
