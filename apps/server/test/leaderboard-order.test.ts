import { compareLeaderboard, leaderboardPositions } from '@pingpong/domain';
import { sql } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { leaderboardOrder } from '../src/modules/leaderboards/order.js';
import { createTestApp, type TestApp } from './helpers/app.js';
import { enterTeam, newFixture, newPlayer, newSeason, newTeam, registerPlayer } from './helpers/factories.js';
import { closeRound, patchFixture } from './helpers/rounds.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

type Row = {
  position: number;
  player_season_id: string;
  player_name: string;
  accumulated_points: number;
  wins: number;
  matches_played: number;
};

// Every pair a C (byte-order) collation gets wrong for a Vietnamese reader, tones, case, namesakes, and a
// decomposed (NFD) spelling the API must store as its NFC twin.
const TIED_NAMES = [
  'Đức',
  'Dũng',
  'Duy',
  'Em',
  'Ân',
  'Ăn',
  'An',
  'Ạnh',
  'Ánh',
  'Ãnh',
  'Ảnh',
  'Anh',
  'Ông',
  'Ơn',
  'Oanh',
  'Ưng',
  'Uyên',
  'Nguyễn Văn B',
  'Nguyễn Văn A',
  'nguyễn văn a',
  'Nguyen Van C',
  'Lê Văn Tám',
  'Lê Văn Tám',
  'Đặng'.normalize('NFD'),
  'Đào',
  'Zed',
];
// What a Vietnamese dictionary gives: written down by hand, so a test of SQL against the domain cannot
// pass with both of them wrong the same way.
const EXPECTED = [
  'An',
  'Anh',
  'Ảnh',
  'Ãnh',
  'Ánh',
  'Ạnh',
  'Ăn',
  'Ân',
  'Dũng',
  'Duy',
  'Đào',
  'Đặng',
  'Đức',
  'Em',
  'Lê Văn Tám',
  'Lê Văn Tám',
  'Nguyen Van C',
  'nguyễn văn a',
  'Nguyễn Văn A',
  'Nguyễn Văn B',
  'Oanh',
  'Ông',
  'Ơn',
  'Uyên',
  'Ưng',
  'Zed',
];

let seasonId: string;
let teamIds: string[] = [];
const url = (query: string) => `/api/v1/seasons/${seasonId}/leaderboard?${query}`;
const get = async (query: string) => {
  const response = await t.request({ method: 'GET', url: url(query) });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as {
    data: Row[];
    meta: { total: number; offset: number; next_cursor: string | null };
  };
};

beforeAll(async () => {
  const season = await newSeason(t, { start: true });
  seasonId = season.id;
  const teams = [await newTeam(t), await newTeam(t)];
  for (const team of teams) await enterTeam(t, season.id, team.id);
  teamIds = teams.map((team) => team.id);
  // One big tie on 100 points (the name decides), a few players around it, a tail tied on 0.
  const players = [
    ...TIED_NAMES.map((name) => ({ name, points: 100 })),
    { name: 'Bảo', points: 300 },
    { name: 'Bình', points: 300 },
    { name: 'Cường', points: 150 },
    { name: 'Tuấn', points: 0 },
    { name: 'Thảo', points: 0 },
    { name: 'Thu', points: 0 },
  ];
  for (const [i, { name, points }] of players.entries()) {
    const player = await newPlayer(t, { full_name: name });
    await registerPlayer(t, season.id, {
      player_id: player.id,
      team_id: teams[i % 2]!.id,
      opening_points: points,
    });
  }
});

describe('leaderboard order: one rule in SQL and in the domain', () => {
  it('sorts names as a Vietnamese reader expects, and exactly as compareLeaderboard does', async () => {
    const { data } = await get('limit=200');
    expect(data).toHaveLength(TIED_NAMES.length + 6);
    const tied = data.filter((row) => row.accumulated_points === 100).map((row) => row.player_name);
    expect(tied).toEqual(EXPECTED);
    expect(data.map((row) => row.player_season_id)).toEqual(
      [...data].sort(compareLeaderboard).map((row) => row.player_season_id),
    );
    expect(data.map((row) => row.position)).toEqual(leaderboardPositions(data));
    expect(data.map((row) => row.player_name).slice(0, 3)).toEqual(['Bảo', 'Bình', 'Cường']);
  });

  it("keeps the fragment's leading keys equal to the leaderboard index", async () => {
    const [index] = await t.database.sql<{ def: string }[]>`
      SELECT pg_get_indexdef('idx_player_seasons_leaderboard'::regclass) AS def`;
    const keys = /\((season_id, .*)\) WHERE/.exec(index!.def)?.[1];
    expect(keys).toBe('season_id, accumulated_points DESC NULLS LAST, wins DESC NULLS LAST, matches_played');
    const fragment = new PgDialect().sqlToQuery(sql`${leaderboardOrder()}`).sql;
    expect(
      fragment.startsWith(keys!.replace('season_id, ', '').replace(/(\w+ DESC|matches_played)/g, 'ps.$1')),
    ).toBe(true);
    expect(fragment).toContain('full_name COLLATE "vi-x-icu"');
  });
});

describe('keyset paging (?after=)', () => {
  it('walks the whole table page by page exactly as one big page, positions included', async () => {
    const whole = (await get('limit=200')).data;
    for (const limit of [1, 4, 7]) {
      const walked: Row[] = [];
      let page = await get(`limit=${limit}`);
      for (;;) {
        walked.push(...page.data);
        expect(page.meta.offset).toBe(walked.length - page.data.length);
        if (!page.meta.next_cursor) break;
        page = await get(`limit=${limit}&after=${page.meta.next_cursor}`);
      }
      expect(walked.map((row) => [row.player_season_id, row.position])).toEqual(
        whole.map((row) => [row.player_season_id, row.position]),
      );
    }
  });

  it('agrees with offset paging at the same place, and ends with a null cursor', async () => {
    const first = await get('limit=5');
    const byOffset = await get('limit=5&offset=5');
    const byCursor = await get(`limit=5&after=${first.meta.next_cursor}`);
    expect(byCursor.data).toEqual(byOffset.data);
    const last = await get('limit=200');
    expect(last.meta.next_cursor).toBeNull();
  });

  it('refuses a cursor it did not issue, and after together with offset', async () => {
    const first = await get('limit=5');
    for (const query of [
      'after=bm90LWpzb24',
      `after=${Buffer.from('[1,2]').toString('base64url')}`,
      `after=${Buffer.from('[1,0,0,"x","not-a-uuid",5,1]').toString('base64url')}`,
      'after=%2B%2B',
      `after=${first.meta.next_cursor}&offset=5`,
    ]) {
      const response = await t.request({ method: 'GET', url: url(query) });
      expect(response.statusCode, query).toBe(400);
      expect(response.json().error_code).toBe('INVALID_INPUT');
    }
  });
});

describe('the round table keeps the same order', () => {
  // Last in the file: it finalizes round 1.
  it('lists a finalized round exactly as the live leaderboard and compareLeaderboard order it', async () => {
    const live = (await get('limit=200')).data;
    const fixture = await newFixture(t, {
      season_id: seasonId,
      round: 1,
      home_team_id: teamIds[0]!,
      guest_team_id: teamIds[1]!,
    });
    await patchFixture(t, fixture.id, { status: 'POSTPONED' });
    await closeRound(t, seasonId, 1);
    const round = await t.request({
      method: 'GET',
      url: `/api/v1/seasons/${seasonId}/rounds/1/leaderboard?limit=200`,
    });
    expect(round.statusCode, round.body).toBe(200);
    const rows = round.json().data as Row[];
    const tied = rows.filter((row) => row.accumulated_points === 100).map((row) => row.player_name);
    expect(tied).toEqual(EXPECTED);
    expect(rows.map((row) => row.player_season_id)).toEqual(
      [...rows].sort(compareLeaderboard).map((row) => row.player_season_id),
    );
    expect(rows.map((row) => row.player_season_id)).toEqual(live.map((row) => row.player_season_id));
    expect(rows.map((row) => row.position)).toEqual(leaderboardPositions(rows));
  });
});
