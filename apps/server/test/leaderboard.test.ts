import { compareLeaderboard, leaderboardPositions } from '@pingpong/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.js';
import { connectDatabase } from '../src/db/client.js';
import { createTestApp, JWT_SECRET, type TestApp, testConfig } from './helpers/app.js';
import {
  enterTeam,
  newFixture,
  newMatch,
  newPlayer,
  newSeason,
  newTeam,
  recordResult,
  registerPlayer,
} from './helpers/factories.js';

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
  team_id: string;
};

async function seededSeason() {
  const season = await newSeason(t, { start: true });
  const teams = [await newTeam(t), await newTeam(t)];
  for (const team of teams) await enterTeam(t, season.id, team.id);
  const registrations = [];
  // Opening points create ties on purpose: shared positions must follow RANK semantics.
  const openings = [300, 300, 250, 250, 250, 100, 100, 0, 0, 0];
  for (const [i, points] of openings.entries()) {
    const player = await newPlayer(t, { full_name: `Leader ${String.fromCharCode(74 - i)}` });
    registrations.push(
      await registerPlayer(t, season.id, {
        player_id: player.id,
        team_id: teams[i % 2]!.id,
        opening_points: points,
      }),
    );
  }
  return { season, teams, registrations };
}

describe('season leaderboard', () => {
  it('orders by points, wins, fewer matches and name, with shared positions, on every page', async () => {
    const { season, teams, registrations } = await seededSeason();
    // One result: two of the 250-point players get a win and a loss, separating them by wins.
    const fixture = await newFixture(t, {
      season_id: season.id,
      home_team_id: teams[0]!.id,
      guest_team_id: teams[1]!.id,
    });
    const match = await newMatch(
      t,
      fixture.id,
      1,
      [registrations[2]!.player_id],
      [registrations[3]!.player_id],
    );
    await recordResult(t, match.id, [11, 11, 11], [2, 2, 2]);

    const full = (
      await t.request({ method: 'GET', url: `/api/v1/seasons/${season.id}/leaderboard?limit=200` })
    ).json();
    const rows: Row[] = full.data;
    expect(full.meta).toEqual({ total: 10, limit: 200, offset: 0, next_cursor: null });
    const reference = [...rows].sort(compareLeaderboard);
    expect(rows.map((r) => r.player_name)).toEqual(reference.map((r) => r.player_name));
    expect(rows.map((r) => r.position)).toEqual(leaderboardPositions(rows));
    expect(rows.map((r) => r.position)).toEqual([1, 2, 2, 2, 5, 6, 6, 8, 8, 8]);

    for (const [limit, offset] of [
      [3, 0],
      [3, 3],
      [4, 6],
      [2, 8],
      [5, 9],
    ] as const) {
      const page = (
        await t.request({
          method: 'GET',
          url: `/api/v1/seasons/${season.id}/leaderboard?limit=${limit}&offset=${offset}`,
        })
      ).json();
      expect(page.data.map((r: Row) => [r.player_name, r.position])).toEqual(
        rows.slice(offset, offset + limit).map((r) => [r.player_name, r.position]),
      );
    }

    const team = (
      await t.request({
        method: 'GET',
        url: `/api/v1/seasons/${season.id}/leaderboard?team_id=${teams[1]!.id}`,
      })
    ).json();
    expect(team.data.every((r: Row) => r.team_id === teams[1]!.id)).toBe(true);
    expect(team.data.map((r: Row) => r.position)).toEqual(
      rows.filter((r) => r.team_id === teams[1]!.id).map((r) => r.position),
    );
    const byRank = (
      await t.request({ method: 'GET', url: `/api/v1/seasons/${season.id}/leaderboard?rank_id=A1` })
    ).json();
    expect(byRank.data).toEqual([]);

    const withdrawn = registrations[0]!;
    await t.request({
      method: 'PATCH',
      url: `/api/v1/player-seasons/${withdrawn.id}`,
      as: 'admin',
      payload: { status: 'WITHDRAWN' },
    });
    const after = (
      await t.request({ method: 'GET', url: `/api/v1/seasons/${season.id}/leaderboard` })
    ).json();
    expect(after.meta.total).toBe(9);
    expect(after.data[0].position).toBe(1);
    await t.request({
      method: 'POST',
      url: `/api/v1/seasons/${season.id}/finish`,
      as: 'admin',
      payload: { force: true, reason: 'done' },
    });
  });

  it('serves ETags, answers 304, and is fresh right after a write', async () => {
    const { season, registrations } = await seededSeason();
    const url = `/api/v1/seasons/${season.id}/leaderboard`;
    const first = await t.request({ method: 'GET', url });
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^W\//);
    const notModified = await t.request({ method: 'GET', url, headers: { 'if-none-match': etag } });
    expect(notModified.statusCode).toBe(304);
    expect(notModified.body).toBe('');

    const target = registrations.at(-1)!;
    await t.request({
      method: 'POST',
      url: '/api/v1/points/adjust',
      as: 'admin',
      payload: { player_season_id: target.id, delta_points: 1000, reason: 'bonus' },
    });
    const fresh = await t.request({ method: 'GET', url, headers: { 'if-none-match': etag } });
    expect(fresh.statusCode).toBe(200);
    expect(fresh.json().data[0]).toMatchObject({
      player_season_id: target.id,
      accumulated_points: 1000,
      position: 1,
    });

    await t.request({
      method: 'PATCH',
      url: `/api/v1/players/${target.player_id}`,
      as: 'admin',
      payload: { full_name: 'Renamed Leader' },
    });
    expect((await t.request({ method: 'GET', url })).json().data[0].player_name).toBe('Renamed Leader');
    await t.request({
      method: 'POST',
      url: `/api/v1/seasons/${season.id}/finish`,
      as: 'admin',
      payload: { force: true, reason: 'done' },
    });
  });

  it('keeps totals right through registrations, transfers, rank and status changes', async () => {
    const { season, teams, registrations } = await seededSeason();
    const total = async (query = '') =>
      (
        await t.request({ method: 'GET', url: `/api/v1/seasons/${season.id}/leaderboard?limit=1${query}` })
      ).json().meta.total;
    expect(await total()).toBe(10);
    expect(await total(`&team_id=${teams[0]!.id}`)).toBe(5);
    const patch = (id: string, payload: object) =>
      t.request({ method: 'PATCH', url: `/api/v1/player-seasons/${id}`, as: 'admin', payload });
    await patch(registrations[0]!.id, { team_id: teams[1]!.id });
    await patch(registrations[1]!.id, { rank_id: 'A1' });
    await patch(registrations[2]!.id, { status: 'INACTIVE' });
    await patch(registrations[2]!.id, { status: 'ACTIVE', team_id: teams[1]!.id });
    await patch(registrations[3]!.id, { status: 'WITHDRAWN' });
    expect(await total()).toBe(9);
    expect(await total(`&team_id=${teams[0]!.id}`)).toBe(3);
    expect(await total(`&team_id=${teams[1]!.id}`)).toBe(6);
    expect(await total('&rank_id=A1')).toBe(1);
    // The trigger-kept counts agree with counting the rows.
    const drift = await t.database.sql`
      SELECT c.season_id FROM season_roster_counts c
      FULL JOIN (SELECT season_id, team_id, rank_id, count(*)::int AS n FROM player_seasons WHERE status = 'ACTIVE'
                 GROUP BY 1, 2, 3) r USING (season_id, team_id, rank_id)
      WHERE coalesce(c.active_players, 0) <> coalesce(r.n, 0)`;
    expect(drift).toEqual([]);
    await t.request({
      method: 'POST',
      url: `/api/v1/seasons/${season.id}/finish`,
      as: 'admin',
      payload: { force: true, reason: 'done' },
    });
  });

  it('404s an unknown season', async () => {
    const response = await t.request({
      method: 'GET',
      url: '/api/v1/seasons/00000000-0000-4000-8000-000000000000/leaderboard',
    });
    expect(response.statusCode).toBe(404);
    expect(response.json().error_code).toBe('SEASON_NOT_FOUND');
  });

  it('reaches a second server instance on the same database through LISTEN/NOTIFY', async () => {
    const { season, registrations } = await seededSeason();
    const config = testConfig();
    const database = connectDatabase(t.url, config.database);
    const other = await buildApp({ config, database, jwtSecret: JWT_SECRET });
    try {
      const url = `/api/v1/seasons/${season.id}/leaderboard`;
      const before = (await other.inject({ url })).json();
      expect(before.data[0].accumulated_points).toBe(300);
      const target = registrations.at(-1)!;
      const delivered = new Promise<void>((resolve) => {
        const off = other.events.subscribe((event) => {
          if (event.type === 'points_adjusted') {
            off();
            resolve();
          }
        });
      });
      await t.request({
        method: 'POST',
        url: '/api/v1/points/adjust',
        as: 'admin',
        payload: { player_season_id: target.id, delta_points: 5000, reason: 'bonus' },
      });
      await delivered;
      const after = (await other.inject({ url })).json();
      expect(after.data[0]).toMatchObject({ player_season_id: target.id, accumulated_points: 5000 });
    } finally {
      await other.close();
      await database.close();
    }
    await t.request({
      method: 'POST',
      url: `/api/v1/seasons/${season.id}/finish`,
      as: 'admin',
      payload: { force: true, reason: 'done' },
    });
  });
});

describe('leaderboard name search', () => {
  it('ignores case and diacritics, keeps league positions, and pages by keyset', async () => {
    const season = await newSeason(t, { start: true });
    const team = await newTeam(t);
    await enterTeam(t, season.id, team.id);
    const roster: [string, number][] = [
      ['Trần Thị Bình', 400],
      ['Phạm Quốc Dũng', 300],
      ['Hoàng Thành Dũng', 200],
      ['Lê Văn Dung', 150],
      ['Nguyễn Văn An', 100],
    ];
    for (const [full_name, opening_points] of roster) {
      const player = await newPlayer(t, { full_name });
      await registerPlayer(t, season.id, { player_id: player.id, team_id: team.id, opening_points });
    }
    const url = `/api/v1/seasons/${season.id}/leaderboard`;
    const found = (await t.request({ method: 'GET', url: `${url}?q=DUNG` })).json();
    expect(found.data.map((r: Row) => [r.player_name, r.position])).toEqual([
      ['Phạm Quốc Dũng', 2],
      ['Hoàng Thành Dũng', 3],
      ['Lê Văn Dung', 4],
    ]);
    expect(found.meta.total).toBe(3);

    const first = (await t.request({ method: 'GET', url: `${url}?q=dung&limit=2` })).json();
    expect(first.data.map((r: Row) => r.player_name)).toEqual(['Phạm Quốc Dũng', 'Hoàng Thành Dũng']);
    const next = (
      await t.request({ method: 'GET', url: `${url}?q=dung&limit=2&after=${first.meta.next_cursor}` })
    ).json();
    expect(next.data.map((r: Row) => [r.player_name, r.position])).toEqual([['Lê Văn Dung', 4]]);
    expect(next.meta.next_cursor).toBeNull();

    const none = (await t.request({ method: 'GET', url: `${url}?q=${encodeURIComponent('%_')}` })).json();
    expect([none.data, none.meta.total]).toEqual([[], 0]);
    const empty = await t.request({ method: 'GET', url: `${url}?q=` });
    expect(empty.statusCode).toBe(400);
  });
});
