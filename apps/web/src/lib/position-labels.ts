export interface PositionLabel {
  text: string;
  shared: boolean;
  description: string;
}

export function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}

/**
 * Equal points and wins share a place (RANK semantics: 1, 2, 2, 4). A shared place is shown as "=2"
 * on every row that has it, the way league tables print ties.
 */
export function positionLabels(positions: readonly number[]): PositionLabel[] {
  const counts = new Map<number, number>();
  for (const position of positions) counts.set(position, (counts.get(position) ?? 0) + 1);
  return positions.map((position) => {
    const shared = (counts.get(position) ?? 0) > 1;
    return {
      text: shared ? `=${position}` : String(position),
      shared,
      description: `${shared ? 'Shared ' : ''}${ordinal(position)} place`,
    };
  });
}
