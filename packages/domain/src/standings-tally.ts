import type { SeasonRules } from './season-rules.js';

export interface StandingsMatch {
  home_games: number;
  guest_games: number;
  home_balls: number;
  guest_balls: number;
}

export interface StandingsFixture {
  home_team_id: string;
  guest_team_id: string;
  /** Only COMPLETED and WALKOVER fixtures count; any other status is ignored. */
  status: string;
  home_score: number;
  guest_score: number;
  walkover_winner_team_id?: string | null;
  matches: readonly StandingsMatch[];
  max_matches?: number;
}

export type FixturePointRules = Pick<
  SeasonRules,
  'fixture_win_points' | 'fixture_draw_points' | 'fixture_loss_points'
>;

export interface TeamTally {
  team_id: string;
  played: number;
  won: number;
  drawn: number;
  lost: number;
  points: number;
  matches_won: number;
  matches_lost: number;
  sets_won: number;
  sets_lost: number;
  balls_won: number;
  balls_lost: number;
}

// When the fixture does not say how many matches it would have had, assume the common team
// format of five (four singles and a doubles); the server passes the real count when it knows it.
const DEFAULT_MAX_MATCHES = 5;

type Side = { matches: number; sets: number; balls: number };

function sidesOf(fixture: StandingsFixture): [Side, Side] | null {
  if (fixture.status === 'COMPLETED') {
    const sum = (pick: (m: StandingsMatch) => number) =>
      fixture.matches.reduce((total, m) => total + pick(m), 0);
    return [
      { matches: fixture.home_score, sets: sum((m) => m.home_games), balls: sum((m) => m.home_balls) },
      { matches: fixture.guest_score, sets: sum((m) => m.guest_games), balls: sum((m) => m.guest_balls) },
    ];
  }
  if (fixture.status !== 'WALKOVER') return null;
  // A walkover is won by the maximum score; no games or balls were played, so none are credited.
  const max = fixture.max_matches ?? DEFAULT_MAX_MATCHES;
  const none = { sets: 0, balls: 0 };
  if (fixture.walkover_winner_team_id === fixture.home_team_id)
    return [
      { matches: max, ...none },
      { matches: 0, ...none },
    ];
  if (fixture.walkover_winner_team_id === fixture.guest_team_id)
    return [
      { matches: 0, ...none },
      { matches: max, ...none },
    ];
  // A walkover without a named winner (say, both teams absent) cannot be scored.
  return null;
}

function record(row: TeamTally, own: Side, other: Side, rules: FixturePointRules): void {
  row.played += 1;
  if (own.matches > other.matches) {
    row.won += 1;
    row.points += rules.fixture_win_points;
  } else if (own.matches < other.matches) {
    row.lost += 1;
    row.points += rules.fixture_loss_points;
  } else {
    row.drawn += 1;
    row.points += rules.fixture_draw_points;
  }
  row.matches_won += own.matches;
  row.matches_lost += other.matches;
  row.sets_won += own.sets;
  row.sets_lost += other.sets;
  row.balls_won += own.balls;
  row.balls_lost += other.balls;
}

const emptyTally = (team_id: string): TeamTally => ({
  team_id,
  played: 0,
  won: 0,
  drawn: 0,
  lost: 0,
  points: 0,
  matches_won: 0,
  matches_lost: 0,
  sets_won: 0,
  sets_lost: 0,
  balls_won: 0,
  balls_lost: 0,
});

/**
 * Totals per team over COMPLETED and WALKOVER fixtures. Fixtures involving a team outside
 * `teamIds` are skipped: that is also how a head-to-head mini-table is built.
 */
export function tallyFixtures(
  teamIds: readonly string[],
  fixtures: readonly StandingsFixture[],
  rules: FixturePointRules,
): Map<string, TeamTally> {
  const rows = new Map(teamIds.map((id) => [id, emptyTally(id)]));
  for (const fixture of fixtures) {
    const home = rows.get(fixture.home_team_id);
    const guest = rows.get(fixture.guest_team_id);
    const sides = sidesOf(fixture);
    if (!home || !guest || home === guest || !sides) continue;
    record(home, sides[0], sides[1], rules);
    record(guest, sides[1], sides[0], rules);
  }
  return rows;
}
