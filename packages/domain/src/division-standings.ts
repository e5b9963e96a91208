import { computeStandings, type StandingsRow } from './standings.js';
import type { FixturePointRules, StandingsFixture } from './standings-tally.js';

export interface DivisionTeam {
  team_id: string;
  division_id: string | null;
  /** 1 = top; null for a season without divisions. */
  level: number | null;
}

export interface DivisionStandingsRow extends StandingsRow {
  division_id: string | null;
}

/**
 * SPEC §6: one table per division (a season without divisions is one table), each with positions of its
 * own, listed from the top division down. Fixtures never cross divisions, so each table only sees its own.
 */
export function divisionStandings(
  teams: readonly DivisionTeam[],
  fixtures: readonly StandingsFixture[],
  rules: FixturePointRules,
): DivisionStandingsRow[] {
  const divisions = new Map<string | null, DivisionTeam[]>();
  for (const team of teams)
    divisions.set(team.division_id, [...(divisions.get(team.division_id) ?? []), team]);
  const ordered = [...divisions.values()].sort((a, b) => (a[0]!.level ?? 0) - (b[0]!.level ?? 0));
  return ordered.flatMap((members) =>
    computeStandings(
      members.map((team) => team.team_id),
      fixtures,
      rules,
    ).map((row) => ({ ...row, division_id: members[0]!.division_id })),
  );
}

export interface DivisionPlaces {
  id: string;
  level: number;
  promotion_places: number;
  relegation_places: number;
}

export interface TeamMovement {
  team_id: string;
  from_division_id: string;
  to_division_id: string;
}

/**
 * Season roll-over: the top `promotion_places` of each division go up one level and the bottom
 * `relegation_places` down one, never above the top or below the bottom division. `table` is each
 * division's final standings in position order.
 */
export function divisionMovements(
  divisions: readonly DivisionPlaces[],
  table: readonly { team_id: string; division_id: string | null }[],
): TeamMovement[] {
  const byLevel = [...divisions].sort((a, b) => a.level - b.level);
  const movements: TeamMovement[] = [];
  byLevel.forEach((division, i) => {
    const rows = table.filter((row) => row.division_id === division.id);
    const above = byLevel[i - 1];
    const below = byLevel[i + 1];
    const up = above ? rows.slice(0, division.promotion_places) : [];
    const down = below ? rows.slice(Math.max(up.length, rows.length - division.relegation_places)) : [];
    for (const row of up)
      movements.push({ team_id: row.team_id, from_division_id: division.id, to_division_id: above!.id });
    for (const row of down)
      movements.push({ team_id: row.team_id, from_division_id: division.id, to_division_id: below!.id });
  });
  return movements;
}
