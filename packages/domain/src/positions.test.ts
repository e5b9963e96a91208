import { describe, expect, it } from 'vitest';
import {
  compareLeaderboard,
  type LeaderboardEntry,
  leaderboardPositions,
  sharedPositions,
} from './positions.js';

describe('sharedPositions', () => {
  const same = (a: number, b: number) => a === b;

  it.each<[number[], number[]]>([
    [[], []],
    [[7], [1]],
    [
      [9, 8, 7],
      [1, 2, 3],
    ],
    [
      [9, 9, 7],
      [1, 1, 3],
    ],
    [
      [9, 8, 8],
      [1, 2, 2],
    ],
    [
      [9, 9, 9],
      [1, 1, 1],
    ],
    [
      [9, 8, 8, 8, 5],
      [1, 2, 2, 2, 5],
    ],
    [
      [9, 9, 8, 8, 7, 7],
      [1, 1, 3, 3, 5, 5],
    ],
    [
      [5, 5, 5, 5, 4],
      [1, 1, 1, 1, 5],
    ],
    [
      [3, 2, 1, 1],
      [1, 2, 3, 3],
    ],
  ])('%j → %j', (rows, positions) => {
    expect(sharedPositions(rows, same)).toEqual(positions);
  });

  it('only compares neighbours, like RANK over an ordered list', () => {
    expect(sharedPositions([1, 2, 1], same)).toEqual([1, 2, 3]);
  });

  it('passes the previous row first', () => {
    const calls: [string, string][] = [];
    sharedPositions(['a', 'b', 'c'], (previous, row) => {
      calls.push([previous, row]);
      return false;
    });
    expect(calls).toEqual([
      ['a', 'b'],
      ['b', 'c'],
    ]);
  });
});

const entry = (
  player_name: string,
  accumulated_points: number,
  wins = 0,
  matches_played = 0,
  player_season_id = '00000000-0000-4000-8000-000000000000',
): LeaderboardEntry => ({ player_name, accumulated_points, wins, matches_played, player_season_id });

describe('compareLeaderboard', () => {
  it.each<[string, LeaderboardEntry, LeaderboardEntry]>([
    ['more points first', entry('Zed', 300), entry('Anh', 250)],
    ['points beat wins', entry('Zed', 300, 1), entry('Anh', 299.99, 9)],
    ['cents count', entry('Zed', 100.01), entry('Anh', 100)],
    ['more wins first on equal points', entry('Zed', 300, 3), entry('Anh', 300, 2)],
    ['fewer matches first on equal points and wins', entry('Zed', 300, 3, 4), entry('Anh', 300, 3, 5)],
    ['name last', entry('Anh', 300, 3, 4), entry('Bình', 300, 3, 4)],
    ['Vietnamese order: A before Ă before Â', entry('An', 1), entry('Ăn', 1)],
    ['Vietnamese order: Ă before Â', entry('Ăn', 1), entry('Ân', 1)],
    ['Vietnamese order: D before Đ', entry('Dũng', 1), entry('Đức', 1)],
    ['Vietnamese order: Đ before E', entry('Đức', 1), entry('Em', 1)],
    ['Vietnamese order: O before Ô before Ơ', entry('Oanh', 1), entry('Ông', 1)],
    ['Vietnamese order: Ô before Ơ', entry('Ông', 1), entry('Ơn', 1)],
    ['Vietnamese order: U before Ư', entry('Uyên', 1), entry('Ưng', 1)],
    ['Nguyễn Văn A before Nguyễn Văn B', entry('Nguyễn Văn A', 1), entry('Nguyễn Văn B', 1)],
    ['tones: unmarked before huyền', entry('Anh', 1), entry('Ảnh', 1)],
    ['tones: hỏi before ngã', entry('Ảnh', 1), entry('Ãnh', 1)],
    ['tones: ngã before sắc', entry('Ãnh', 1), entry('Ánh', 1)],
    ['tones: sắc before nặng', entry('Ánh', 1), entry('Ạnh', 1)],
    ['a letter outranks a tone', entry('Ạnh', 1), entry('Bình', 1)],
    ['lower case first among spellings alike', entry('nguyễn', 1), entry('Nguyễn', 1)],
    [
      'namesakes in id order',
      entry('Lê Văn Tám', 1, 0, 0, '10000000-0000-4000-8000-000000000000'),
      entry('Lê Văn Tám', 1, 0, 0, '20000000-0000-4000-8000-000000000000'),
    ],
    ['a cent ahead of zero', entry('Zed', 0.01), entry('Anh', 0)],
  ])('%s', (_name, first, second) => {
    expect(compareLeaderboard(first, second)).toBeLessThan(0);
    expect(compareLeaderboard(second, first)).toBeGreaterThan(0);
  });

  it('is 0 for identical entries', () => {
    expect(compareLeaderboard(entry('Anh', 100, 2, 3), entry('Anh', 100, 2, 3))).toBe(0);
  });

  it('treats float noise below a cent as equal points', () => {
    expect(compareLeaderboard(entry('Anh', 0.1 + 0.2), entry('Anh', 0.3))).toBe(0);
  });

  it('sorts a whole table', () => {
    const table = [
      entry('Cường', 200, 2, 4),
      entry('Bảo', 300, 3, 5),
      entry('An', 300, 3, 5),
      entry('Dung', 300, 4, 7),
      entry('Đạt', 300, 3, 4),
    ];
    expect([...table].sort(compareLeaderboard).map((e) => e.player_name)).toEqual([
      'Dung',
      'Đạt',
      'An',
      'Bảo',
      'Cường',
    ]);
  });
});

describe('leaderboardPositions', () => {
  it.each<[string, LeaderboardEntry[], number[]]>([
    ['empty', [], []],
    ['single', [entry('An', 100, 1, 1)], [1]],
    ['all different', [entry('An', 300, 3), entry('Bảo', 200, 2), entry('Cường', 100, 1)], [1, 2, 3]],
    [
      'equal points and wins share',
      [entry('An', 300, 3), entry('Bảo', 300, 3), entry('Cường', 100, 1)],
      [1, 1, 3],
    ],
    ['equal points, different wins do not', [entry('An', 300, 3), entry('Bảo', 300, 2)], [1, 2]],
    [
      'matches played does not split a shared position',
      [entry('An', 300, 3, 3), entry('Bảo', 300, 3, 9)],
      [1, 1],
    ],
    ['name does not split a shared position', [entry('Zed', 50, 1, 1), entry('An', 50, 1, 1)], [1, 1]],
    [
      'gaps after a tie',
      [entry('A', 500, 5), entry('B', 400, 4), entry('C', 400, 4), entry('D', 400, 4), entry('E', 100, 1)],
      [1, 2, 2, 2, 5],
    ],
    ['everyone on zero', [entry('A', 0), entry('B', 0), entry('C', 0)], [1, 1, 1]],
    ['cents break the tie', [entry('A', 100.01, 1), entry('B', 100, 1)], [1, 2]],
    ['float noise does not break the tie', [entry('A', 0.1 + 0.2, 1), entry('B', 0.3, 1)], [1, 1]],
  ])('%s', (_name, entries, positions) => {
    expect(leaderboardPositions(entries)).toEqual(positions);
  });

  it('returns positions in the order the entries were given', () => {
    const entries = [
      entry('Cường', 100, 1),
      entry('An', 300, 3),
      entry('Bảo', 300, 3),
      entry('Dung', 200, 0),
    ];
    expect(leaderboardPositions(entries)).toEqual([4, 1, 1, 3]);
  });

  it('agrees with sharedPositions over a sorted table', () => {
    const entries = [
      entry('E', 150, 1, 2),
      entry('A', 300, 3, 3),
      entry('D', 150, 1, 1),
      entry('B', 300, 2, 2),
      entry('C', 300, 3, 1),
    ];
    const sorted = [...entries].sort(compareLeaderboard);
    const expected = sharedPositions(
      sorted,
      (a, b) => a.accumulated_points === b.accumulated_points && a.wins === b.wins,
    );
    expect(sorted.map((e) => e.player_name)).toEqual(['C', 'A', 'B', 'D', 'E']);
    expect(leaderboardPositions(sorted)).toEqual(expected);
    expect(expected).toEqual([1, 1, 3, 4, 4]);
  });

  it('does not reorder its input', () => {
    const entries = [entry('B', 1), entry('A', 2)];
    leaderboardPositions(entries);
    expect(entries.map((e) => e.player_name)).toEqual(['B', 'A']);
  });
});
