import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_SEASON_NAME, DemoRefused, type DemoSummary, fillDemoLeague } from '../src/cli/demo/league.js';
import { createTestApp, type TestApp } from './helpers/app.js';
import { integrity } from './helpers/factories.js';

describe('npm run demo', () => {
  let t: TestApp;
  let summary: DemoSummary;
  const get = async (url: string) => {
    const response = await t.request({ method: 'GET', url });
    expect(response.statusCode, `${url}: ${response.body}`).toBe(200);
    return response.json() as { data: Array<Record<string, unknown>>; meta?: { total: number } };
  };

  beforeAll(async () => {
    t = await createTestApp();
    summary = await fillDemoLeague(t.database);
  });
  afterAll(() => t?.close());

  it('fills an ACTIVE season with 8 clubs and 48 players with Vietnamese names', async () => {
    const season = (await t.request({ method: 'GET', url: `/api/v1/seasons/${summary.seasonId}` })).json()
      .data;
    expect(season).toMatchObject({ name: DEMO_SEASON_NAME, status: 'ACTIVE' });
    expect((await get(`/api/v1/seasons/${summary.seasonId}/teams`)).data).toHaveLength(8);

    const players = await get(`/api/v1/seasons/${summary.seasonId}/players?limit=200`);
    expect(players.meta?.total).toBe(48);
    const names = players.data.map((row) => String(row.player_name));
    expect(new Set(names).size).toBe(48);
    expect(
      names.filter((name) => /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i.test(name)).length,
    ).toBeGreaterThan(24);
    expect(new Set(players.data.map((row) => row.rank_id))).toEqual(
      new Set(['C3', 'C2', 'C1', 'B3', 'B2', 'B1', 'A3']),
    );
  });

  it('plays a round-robin schedule: several rounds completed, the next one under way', async () => {
    const fixtures = (await get(`/api/v1/seasons/${summary.seasonId}/fixtures?limit=200`)).data;
    expect(fixtures).toHaveLength(28);
    const statusOf = (round: number) =>
      new Set(fixtures.filter((f) => f.round === round).map((f) => f.status));
    for (const round of [1, 2, 3, 4]) expect(statusOf(round)).toEqual(new Set(['COMPLETED']));
    expect(statusOf(5)).toEqual(new Set(['COMPLETED', 'ONGOING', 'SCHEDULED']));
    expect(statusOf(7)).toEqual(new Set(['SCHEDULED']));
    for (const fixture of fixtures.filter((f) => f.status === 'COMPLETED')) {
      expect(Number(fixture.home_score) + Number(fixture.guest_score)).toBe(5);
    }
    expect(summary.results).toBe(4 * 4 * 5 + 5 + 5 + 3);
  });

  it('records only results that strict rules accept (games to 11, win by 2)', async () => {
    const [fixture] = (await get(`/api/v1/seasons/${summary.seasonId}/fixtures?round=1`)).data;
    const matches = (await get(`/api/v1/fixtures/${fixture!.id}/matches`)).data;
    expect(matches.map((m) => m.match_type)).toEqual(['SINGLE', 'SINGLE', 'DOUBLE', 'SINGLE', 'SINGLE']);
    for (const match of matches) {
      const home = match.home_sets as number[];
      const guest = match.guest_sets as number[];
      home.forEach((h, i) => {
        const [win, lose] = [Math.max(h, guest[i]!), Math.min(h, guest[i]!)];
        expect(win === 11 ? lose <= 9 : win - lose === 2 && lose >= 10).toBe(true);
      });
    }
  });

  it('shows a living leaderboard and keeps the point invariant', async () => {
    const board = await get(`/api/v1/seasons/${summary.seasonId}/leaderboard?limit=200`);
    expect(board.data).toHaveLength(48);
    expect(board.data[0]).toMatchObject({ position: 1 });
    expect(Number(board.data[0]!.accumulated_points)).toBeGreaterThan(0);
    const positions = board.data.map((row) => Number(row.position));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    const standings = (await get(`/api/v1/seasons/${summary.seasonId}/standings`)).data;
    expect(standings.reduce((sum, row) => sum + Number(row.played), 0)).toBe(2 * (16 + 2));
    expect(await integrity(t)).toMatchObject({ ok: true, violations: [] });
  });

  it('refuses to run twice unless forced', async () => {
    await expect(fillDemoLeague(t.database)).rejects.toThrow(DemoRefused);
  });
});
