import { describe, expect, it } from 'vitest';
import { computeStandings, type StandingsFixture, type StandingsRow } from './standings.js';

const rules = { fixture_win_points: 2, fixture_draw_points: 1, fixture_loss_points: 0 };

/** One fixture whose matches add up to the given games and balls. */
const completed = (
  home: string,
  guest: string,
  homeScore: number,
  guestScore: number,
  games: [number, number] = [0, 0],
  balls: [number, number] = [0, 0],
): StandingsFixture => ({
  home_team_id: home,
  guest_team_id: guest,
  status: 'COMPLETED',
  home_score: homeScore,
  guest_score: guestScore,
  matches: [{ home_games: games[0], guest_games: games[1], home_balls: balls[0], guest_balls: balls[1] }],
});

const walkover = (
  home: string,
  guest: string,
  winner: string | null,
  max_matches?: number,
): StandingsFixture => ({
  home_team_id: home,
  guest_team_id: guest,
  status: 'WALKOVER',
  home_score: 0,
  guest_score: 0,
  walkover_winner_team_id: winner,
  matches: [],
  ...(max_matches === undefined ? {} : { max_matches }),
});

const order = (rows: StandingsRow[]) => rows.map((r) => `${r.position}:${r.team_id}`);
const row = (rows: StandingsRow[], id: string) => rows.find((r) => r.team_id === id);

const zero = {
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
};

describe('computeStandings: tallies', () => {
  it('returns an empty table for no teams', () => {
    expect(computeStandings([], [], rules)).toEqual([]);
  });

  it('lists teams without results level on position 1, ordered by id', () => {
    expect(computeStandings(['c', 'a', 'b'], [], rules)).toEqual([
      { team_id: 'a', position: 1, ...zero },
      { team_id: 'b', position: 1, ...zero },
      { team_id: 'c', position: 1, ...zero },
    ]);
  });

  it('counts a completed fixture with matches, games and balls', () => {
    const fixture: StandingsFixture = {
      home_team_id: 'h',
      guest_team_id: 'g',
      status: 'COMPLETED',
      home_score: 3,
      guest_score: 2,
      matches: [
        { home_games: 3, guest_games: 0, home_balls: 33, guest_balls: 20 },
        { home_games: 1, guest_games: 3, home_balls: 30, guest_balls: 40 },
        { home_games: 3, guest_games: 2, home_balls: 50, guest_balls: 45 },
        { home_games: 0, guest_games: 3, home_balls: 15, guest_balls: 33 },
        { home_games: 3, guest_games: 1, home_balls: 42, guest_balls: 30 },
      ],
    };
    expect(computeStandings(['h', 'g'], [fixture], rules)).toEqual([
      {
        team_id: 'h',
        position: 1,
        played: 1,
        won: 1,
        drawn: 0,
        lost: 0,
        points: 2,
        matches_won: 3,
        matches_lost: 2,
        sets_won: 10,
        sets_lost: 9,
        balls_won: 170,
        balls_lost: 168,
      },
      {
        team_id: 'g',
        position: 2,
        played: 1,
        won: 0,
        drawn: 0,
        lost: 1,
        points: 0,
        matches_won: 2,
        matches_lost: 3,
        sets_won: 9,
        sets_lost: 10,
        balls_won: 168,
        balls_lost: 170,
      },
    ]);
  });

  it.each<[number, number, number, number, 'won' | 'drawn' | 'lost']>([
    [5, 0, 2, 0, 'won'],
    [3, 2, 2, 0, 'won'],
    [2, 2, 1, 1, 'drawn'],
    [0, 0, 1, 1, 'drawn'],
    [2, 3, 0, 2, 'lost'],
    [0, 9, 0, 2, 'lost'],
  ])('home %d-%d guest gives %d and %d points', (hs, gs, homePoints, guestPoints, homeOutcome) => {
    const rows = computeStandings(['h', 'g'], [completed('h', 'g', hs, gs)], rules);
    expect(row(rows, 'h')?.points).toBe(homePoints);
    expect(row(rows, 'g')?.points).toBe(guestPoints);
    expect(row(rows, 'h')?.[homeOutcome]).toBe(1);
  });

  it('uses the season’s fixture points', () => {
    const threePoints = { fixture_win_points: 3, fixture_draw_points: 1, fixture_loss_points: 0 };
    const rows = computeStandings(
      ['a', 'b', 'c'],
      [completed('a', 'b', 3, 2), completed('b', 'c', 2, 2), completed('c', 'a', 1, 4)],
      threePoints,
    );
    expect(rows.map((r) => [r.team_id, r.points])).toEqual([
      ['a', 6],
      ['b', 1],
      ['c', 1],
    ]);
  });

  it('gives the loser its fixture_loss_points', () => {
    const rows = computeStandings(['a', 'b'], [completed('a', 'b', 3, 2)], {
      ...rules,
      fixture_loss_points: 1,
    });
    expect(row(rows, 'b')?.points).toBe(1);
  });

  it.each(['SCHEDULED', 'ONGOING', 'POSTPONED', 'CANCELLED', ''])('ignores %s fixtures', (status) => {
    const fixture = { ...completed('a', 'b', 3, 0, [9, 0], [99, 0]), status };
    expect(computeStandings(['a', 'b'], [fixture], rules).map((r) => r.played)).toEqual([0, 0]);
  });

  it('skips fixtures against teams outside the table', () => {
    const rows = computeStandings(['a', 'b'], [completed('a', 'x', 5, 0), completed('x', 'b', 0, 5)], rules);
    expect(rows.map((r) => ({ id: r.team_id, played: r.played }))).toEqual([
      { id: 'a', played: 0 },
      { id: 'b', played: 0 },
    ]);
  });

  it('ignores duplicate team ids', () => {
    expect(
      computeStandings(['a', 'a', 'b'], [completed('a', 'b', 3, 1)], rules).map((r) => r.team_id),
    ).toEqual(['a', 'b']);
  });

  it('adds up a double round robin', () => {
    const rows = computeStandings(
      ['a', 'b'],
      [completed('a', 'b', 3, 2, [10, 8], [200, 180]), completed('b', 'a', 4, 1, [12, 5], [210, 170])],
      rules,
    );
    expect(row(rows, 'b')).toMatchObject({
      played: 2,
      won: 1,
      lost: 1,
      points: 2,
      matches_won: 6,
      matches_lost: 4,
      sets_won: 20,
      sets_lost: 15,
      balls_won: 390,
      balls_lost: 370,
    });
    expect(order(rows)).toEqual(['1:b', '2:a']);
  });
});

describe('computeStandings: walkovers', () => {
  it('awards the home winner the maximum and no games or balls', () => {
    const rows = computeStandings(['a', 'b'], [walkover('a', 'b', 'a', 9)], rules);
    expect(rows).toEqual([
      { ...zero, team_id: 'a', position: 1, played: 1, won: 1, points: 2, matches_won: 9 },
      { ...zero, team_id: 'b', position: 2, played: 1, lost: 1, matches_lost: 9 },
    ]);
  });

  it('awards the guest winner the maximum', () => {
    const rows = computeStandings(['a', 'b'], [walkover('a', 'b', 'b', 7)], rules);
    expect(row(rows, 'b')).toMatchObject({ won: 1, points: 2, matches_won: 7, matches_lost: 0 });
    expect(row(rows, 'a')).toMatchObject({ lost: 1, points: 0, matches_won: 0, matches_lost: 7 });
  });

  it('assumes five matches when the maximum is unknown', () => {
    const rows = computeStandings(['a', 'b'], [walkover('a', 'b', 'a')], rules);
    expect(row(rows, 'a')?.matches_won).toBe(5);
    expect(row(rows, 'b')?.matches_lost).toBe(5);
  });

  it.each([null, 'x'])('ignores a walkover whose winner is %s', (winner) => {
    const rows = computeStandings(['a', 'b'], [walkover('a', 'b', winner)], rules);
    expect(rows.map((r) => r.played)).toEqual([0, 0]);
  });

  it('ignores the recorded score and matches of a walkover', () => {
    const fixture = {
      ...walkover('a', 'b', 'b', 5),
      home_score: 3,
      matches: completed('a', 'b', 0, 0, [9, 0]).matches,
    };
    const rows = computeStandings(['a', 'b'], [fixture], rules);
    expect(row(rows, 'a')).toMatchObject({ matches_won: 0, matches_lost: 5, sets_won: 0 });
  });

  it('ranks a walkover win above a narrow win on match difference', () => {
    const rows = computeStandings(
      ['a', 'b', 'c', 'd'],
      [walkover('a', 'b', 'a', 5), completed('c', 'd', 3, 2)],
      rules,
    );
    expect(order(rows)).toEqual(['1:a', '2:c', '3:d', '4:b']);
  });
});

describe('computeStandings: tie-breaks', () => {
  it('orders by points first', () => {
    const rows = computeStandings(
      ['a', 'b', 'c'],
      [completed('a', 'b', 3, 2), completed('c', 'b', 2, 2), completed('b', 'a', 9, 0)],
      rules,
    );
    expect(rows.map((r) => [r.team_id, r.points, r.position])).toEqual([
      ['b', 3, 1],
      ['a', 2, 2],
      ['c', 1, 3],
    ]);
  });

  it('then by match difference', () => {
    const rows = computeStandings(
      ['a', 'b', 'x', 'y'],
      [completed('a', 'x', 5, 0), completed('b', 'y', 3, 2)],
      rules,
    );
    expect(order(rows)).toEqual(['1:a', '2:b', '3:y', '4:x']);
  });

  it('then by set difference', () => {
    const rows = computeStandings(
      ['a', 'b', 'x', 'y'],
      [completed('y', 'b', 2, 3, [9, 10]), completed('x', 'a', 2, 3, [6, 10])],
      rules,
    );
    expect(order(rows)).toEqual(['1:a', '2:b', '3:y', '4:x']);
  });

  it('then by ball difference', () => {
    const rows = computeStandings(
      ['a', 'b', 'x', 'y'],
      [completed('b', 'y', 3, 2, [10, 9], [200, 199]), completed('a', 'x', 3, 2, [10, 9], [200, 190])],
      rules,
    );
    expect(order(rows)).toEqual(['1:a', '2:b', '3:y', '4:x']);
  });

  it('ranks ball difference below set difference', () => {
    const rows = computeStandings(
      ['a', 'b', 'x', 'y'],
      [completed('a', 'x', 3, 2, [11, 9], [100, 300]), completed('b', 'y', 3, 2, [10, 9], [300, 100])],
      rules,
    );
    expect(order(rows)).toEqual(['1:a', '2:b', '3:y', '4:x']);
  });

  it('then by head-to-head between the two tied teams', () => {
    // a and b both beat one team and lose to another by the same margins; b beat a.
    const rows = computeStandings(
      ['a', 'b', 'c', 'd'],
      [completed('a', 'b', 2, 3), completed('c', 'b', 3, 2), completed('a', 'd', 3, 2)],
      rules,
    );
    expect(rows.map((r) => [r.team_id, r.points, r.matches_won - r.matches_lost, r.position])).toEqual([
      ['c', 2, 1, 1],
      ['b', 2, 0, 2],
      ['a', 2, 0, 3],
      ['d', 0, -1, 4],
    ]);
  });

  it('uses head-to-head match difference when head-to-head points are level', () => {
    const rows = computeStandings(
      ['a', 'b', 'c', 'd', 'e', 'f'],
      [
        completed('b', 'a', 5, 0),
        completed('a', 'b', 3, 2),
        completed('b', 'e', 3, 2),
        completed('c', 'b', 5, 0),
        completed('a', 'd', 5, 0),
        completed('f', 'a', 3, 2),
      ],
      rules,
    );
    expect(order(rows)).toEqual(['1:b', '2:a', '3:c', '4:f', '5:e', '6:d']);
  });

  it('does not let head-to-head override better points', () => {
    const rows = computeStandings(
      ['a', 'b', 'c'],
      [completed('b', 'a', 5, 0), completed('a', 'c', 5, 0), completed('a', 'c', 5, 0)],
      rules,
    );
    expect(order(rows)).toEqual(['1:a', '2:b', '3:c']);
  });

  it('shares a position when head-to-head is level too, listing by id', () => {
    const rows = computeStandings(['b', 'a'], [completed('a', 'b', 2, 2, [7, 7], [150, 150])], rules);
    expect(order(rows)).toEqual(['1:a', '1:b']);
  });

  it('shares a position in a three-way cycle', () => {
    const rows = computeStandings(
      ['c', 'b', 'a', 'z'],
      [completed('a', 'b', 3, 2), completed('b', 'c', 3, 2), completed('c', 'a', 3, 2)],
      rules,
    );
    expect(order(rows)).toEqual(['1:a', '1:b', '1:c', '4:z']);
  });

  it('separates one team of a three-way tie and leaves the other two sharing', () => {
    const rows = computeStandings(
      ['a', 'b', 'c', 'x', 'y', 'z'],
      [
        completed('c', 'b', 3, 2),
        completed('a', 'c', 2, 3),
        completed('b', 'a', 2, 2),
        completed('c', 'x', 2, 2),
        completed('b', 'y', 3, 2),
        completed('z', 'b', 2, 4),
        completed('a', 'y', 3, 2),
        completed('z', 'a', 2, 4),
      ],
      rules,
    );
    expect(order(rows)).toEqual(['1:c', '2:a', '2:b', '4:x', '5:y', '6:z']);
  });

  it('builds the head-to-head table only from games among the tied teams', () => {
    // b and c are level overall, each with a win and a loss; x and y's results do not enter their mini-table.
    const rows = computeStandings(
      ['b', 'c', 'x', 'y'],
      [
        completed('b', 'c', 2, 3),
        completed('c', 'x', 2, 3),
        completed('b', 'y', 3, 2),
        completed('x', 'y', 2, 2),
      ],
      rules,
    );
    expect(order(rows)).toEqual(['1:x', '2:c', '3:b', '4:y']);
  });

  it('gives positions with RANK gaps', () => {
    const rows = computeStandings(
      ['a', 'b', 'c', 'd'],
      [completed('a', 'c', 3, 0), completed('b', 'd', 3, 0)],
      rules,
    );
    expect(order(rows)).toEqual(['1:a', '1:b', '3:c', '3:d']);
  });
});
