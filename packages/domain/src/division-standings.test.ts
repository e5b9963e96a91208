import { describe, expect, it } from 'vitest';
import { divisionMovements, divisionStandings } from './division-standings.js';

const rules = { fixture_win_points: 2, fixture_draw_points: 1, fixture_loss_points: 0 };
const won = (home: string, guest: string) => ({
  home_team_id: home,
  guest_team_id: guest,
  status: 'COMPLETED',
  home_score: 1,
  guest_score: 0,
  matches: [{ home_games: 3, guest_games: 0, home_balls: 33, guest_balls: 10 }],
});

describe('divisionStandings', () => {
  it('ranks each division on its own, top division first', () => {
    const teams = [
      { team_id: 'b1', division_id: 'B', level: 2 },
      { team_id: 'b2', division_id: 'B', level: 2 },
      { team_id: 'a1', division_id: 'A', level: 1 },
      { team_id: 'a2', division_id: 'A', level: 1 },
    ];
    const rows = divisionStandings(teams, [won('a2', 'a1'), won('b1', 'b2')], rules);
    expect(rows.map((r) => [r.division_id, r.position, r.team_id])).toEqual([
      ['A', 1, 'a2'],
      ['A', 2, 'a1'],
      ['B', 1, 'b1'],
      ['B', 2, 'b2'],
    ]);
  });

  it('is one table for a season without divisions', () => {
    const rows = divisionStandings(
      [
        { team_id: 'x', division_id: null, level: null },
        { team_id: 'y', division_id: null, level: null },
      ],
      [won('y', 'x')],
      rules,
    );
    expect(rows.map((r) => [r.position, r.team_id, r.division_id])).toEqual([
      [1, 'y', null],
      [2, 'x', null],
    ]);
  });
});

describe('divisionMovements', () => {
  const divisions = [
    { id: 'A', level: 1, promotion_places: 1, relegation_places: 2 },
    { id: 'B', level: 2, promotion_places: 2, relegation_places: 1 },
    { id: 'C', level: 3, promotion_places: 1, relegation_places: 3 },
  ];
  const table = ['A', 'B', 'C'].flatMap((d) =>
    [1, 2, 3, 4].map((i) => ({ team_id: `${d}${i}`, division_id: d })),
  );

  it('moves the top up and the bottom down, never above the top or below the bottom', () => {
    expect(divisionMovements(divisions, table)).toEqual([
      { team_id: 'A3', from_division_id: 'A', to_division_id: 'B' },
      { team_id: 'A4', from_division_id: 'A', to_division_id: 'B' },
      { team_id: 'B1', from_division_id: 'B', to_division_id: 'A' },
      { team_id: 'B2', from_division_id: 'B', to_division_id: 'A' },
      { team_id: 'B4', from_division_id: 'B', to_division_id: 'C' },
      { team_id: 'C1', from_division_id: 'C', to_division_id: 'B' },
    ]);
  });

  it('never moves a team both up and down in a small division', () => {
    const small = [
      { id: 'A', level: 1, promotion_places: 0, relegation_places: 0 },
      { id: 'B', level: 2, promotion_places: 2, relegation_places: 0 },
      { id: 'C', level: 3, promotion_places: 0, relegation_places: 0 },
    ];
    const rows = [
      { team_id: 'b1', division_id: 'B' },
      { team_id: 'b2', division_id: 'B' },
    ];
    expect(
      divisionMovements([{ ...small[0]! }, { ...small[1]!, relegation_places: 2 }, small[2]!], rows),
    ).toEqual([
      { team_id: 'b1', from_division_id: 'B', to_division_id: 'A' },
      { team_id: 'b2', from_division_id: 'B', to_division_id: 'A' },
    ]);
  });
});
