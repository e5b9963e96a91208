import { sharedPositions } from './positions.js';
import {
  type FixturePointRules,
  type StandingsFixture,
  type TeamTally,
  tallyFixtures,
} from './standings-tally.js';

export type { FixturePointRules, StandingsFixture, StandingsMatch } from './standings-tally.js';

export interface StandingsRow extends TeamTally {
  position: number;
}

type HeadToHead = { points: number; match_diff: number };

const matchDiff = (row: TeamTally) => row.matches_won - row.matches_lost;
const setDiff = (row: TeamTally) => row.sets_won - row.sets_lost;
const ballDiff = (row: TeamTally) => row.balls_won - row.balls_lost;

function compareOverall(a: TeamTally, b: TeamTally): number {
  return (
    b.points - a.points || matchDiff(b) - matchDiff(a) || setDiff(b) - setDiff(a) || ballDiff(b) - ballDiff(a)
  );
}

const compareIds = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function compareHeadToHead(a: HeadToHead, b: HeadToHead): number {
  return b.points - a.points || b.match_diff - a.match_diff;
}

/** Runs of rows that `compareOverall` cannot separate, in table order. */
function tiedGroups(sorted: readonly TeamTally[]): TeamTally[][] {
  const groups: TeamTally[][] = [];
  for (const row of sorted) {
    const group = groups.at(-1);
    const last = group?.at(-1);
    if (group && last && compareOverall(last, row) === 0) group.push(row);
    else groups.push([row]);
  }
  return groups;
}

/** The mini-table of fixtures played between the teams of one tied group only. */
function headToHead(
  group: readonly TeamTally[],
  fixtures: readonly StandingsFixture[],
  rules: FixturePointRules,
): Map<string, HeadToHead> {
  const mini = tallyFixtures(
    group.map((row) => row.team_id),
    fixtures,
    rules,
  );
  return new Map([...mini].map(([id, row]) => [id, { points: row.points, match_diff: matchDiff(row) }]));
}

/**
 * The team table: league points, then match, set and ball difference, then head-to-head
 * between exactly the teams still level. Teams level after all that share a position and
 * are listed by id so the table never reshuffles between requests.
 */
export function computeStandings(
  teams: readonly string[],
  fixtures: readonly StandingsFixture[],
  rules: FixturePointRules,
): StandingsRow[] {
  const tallies = [...tallyFixtures([...new Set(teams)], fixtures, rules).values()];
  const groups = tiedGroups(tallies.sort(compareOverall));
  const h2h = new Map<string, HeadToHead>();
  const ordered: TeamTally[] = [];
  for (const group of groups) {
    const mini = headToHead(group, fixtures, rules);
    for (const [id, value] of mini) h2h.set(id, value);
    const miniOf = (row: TeamTally) => mini.get(row.team_id) as HeadToHead;
    group.sort((a, b) => compareHeadToHead(miniOf(a), miniOf(b)) || compareIds(a.team_id, b.team_id));
    ordered.push(...group);
  }
  const positions = sharedPositions(
    ordered,
    (a, b) =>
      compareOverall(a, b) === 0 &&
      compareHeadToHead(h2h.get(a.team_id) as HeadToHead, h2h.get(b.team_id) as HeadToHead) === 0,
  );
  return ordered.map(({ team_id, ...totals }, index) => ({
    team_id,
    position: positions[index] as number,
    ...totals,
  }));
}
