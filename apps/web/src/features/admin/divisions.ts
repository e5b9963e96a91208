interface DivisionKey {
  name: string;
  level: number;
}

// The server compares names as lower(name) after collapsing spaces (divisions_season_name_key).
const nameKey = (name: string) => name.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * The other division of the season that already holds this name (ignoring case) or level, which the
 * server would refuse with DIVISION_ALREADY_EXISTS; null when the pair is free.
 */
export function divisionClash<D extends DivisionKey>(
  others: readonly D[],
  name: string,
  level: number,
): { field: 'name' | 'level'; division: D } | null {
  const byName = name.trim() ? others.find((other) => nameKey(other.name) === nameKey(name)) : undefined;
  if (byName) return { field: 'name', division: byName };
  const byLevel = others.find((other) => other.level === level);
  return byLevel ? { field: 'level', division: byLevel } : null;
}
