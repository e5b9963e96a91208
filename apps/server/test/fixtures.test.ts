import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './helpers/app.js';
import {
  enterTeam,
  finishActiveSeason,
  newFixture,
  newLeague,
  newMatch,
  newSeason,
  newTeam,
  recordResult,
} from './helpers/factories.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());
afterEach(() => finishActiveSeason(t));

async function seasonWithTeams(count: number) {
  const season = await newSeason(t, { start: true });
  const teams = [];
  for (let i = 0; i < count; i++) {
    const team = await newTeam(t);
    await enterTeam(t, season.id, team.id);
    teams.push(team);
  }
  return { season, teams };
}

describe('fixture generation', () => {
  it.each([
    [8, false, 28, 7],
    [5, false, 10, 5],
    [4, true, 12, 6],
  ])(
    '%i teams (double: %s) → %i fixtures over %i rounds, every pair once per half, rounds opened',
    async (n, double, fixtures, rounds) => {
      const { season, teams } = await seasonWithTeams(n);
      const response = await t.request({
        method: 'POST',
        url: `/api/v1/seasons/${season.id}/fixtures/generate`,
        as: 'admin',
        payload: { double_round_robin: double, start_date: '2026-09-01', days_between_rounds: 7 },
      });
      expect(response.statusCode).toBe(201);
      const created: Array<{
        round: number;
        home_team_id: string;
        guest_team_id: string;
        scheduled_at: string;
      }> = response.json().data;
      expect(created).toHaveLength(fixtures);
      expect(new Set(created.map((f) => f.round)).size).toBe(rounds);
      const pairs = new Map<string, number>();
      for (const f of created) {
        const key = [f.home_team_id, f.guest_team_id].sort().join();
        pairs.set(key, (pairs.get(key) ?? 0) + 1);
      }
      expect(pairs.size).toBe((n * (n - 1)) / 2);
      expect([...pairs.values()].every((count) => count === (double ? 2 : 1))).toBe(true);
      for (const team of teams) {
        const home = created.filter((f) => f.home_team_id === team.id).length;
        const away = created.filter((f) => f.guest_team_id === team.id).length;
        expect(Math.abs(home - away)).toBeLessThanOrEqual(double ? 0 : 1);
      }
      expect(created.find((f) => f.round === 2)!.scheduled_at.slice(0, 10)).toBe('2026-09-08');
      const [row] = await t.database
        .sql`SELECT count(*)::int AS count FROM rounds WHERE season_id = ${season.id} AND status = 'OPEN'`;
      expect(row!.count).toBe(rounds);

      const again = await t.request({
        method: 'POST',
        url: `/api/v1/seasons/${season.id}/fixtures/generate`,
        as: 'admin',
        payload: {},
      });
      expect(again.statusCode).toBe(409);
      expect(again.json().error_code).toBe('FIXTURES_EXIST');
    },
  );

  it('refuses a season with fewer than two teams', async () => {
    const { season } = await seasonWithTeams(1);
    const response = await t.request({
      method: 'POST',
      url: `/api/v1/seasons/${season.id}/fixtures/generate`,
      as: 'admin',
      payload: {},
    });
    expect(response.statusCode).toBe(400);
  });
});

describe('fixtures', () => {
  it('creates, lists with filters, reschedules and reads back with team names', async () => {
    const { season, teams } = await seasonWithTeams(3);
    const fixture = await newFixture(t, {
      season_id: season.id,
      home_team_id: teams[0]!.id,
      guest_team_id: teams[1]!.id,
      round: 2,
      venue: 'Hall A',
    });
    await newFixture(t, {
      season_id: season.id,
      home_team_id: teams[2]!.id,
      guest_team_id: teams[0]!.id,
      round: 3,
    });
    const list = await t.request({ method: 'GET', url: `/api/v1/seasons/${season.id}/fixtures?round=2` });
    expect(list.json().data).toEqual([
      expect.objectContaining({
        id: fixture.id,
        home_team_name: teams[0]!.name,
        guest_team_name: teams[1]!.name,
        venue: 'Hall A',
      }),
    ]);
    const byTeam = await t.request({
      method: 'GET',
      url: `/api/v1/seasons/${season.id}/fixtures?team_id=${teams[0]!.id}`,
    });
    expect(byTeam.json().meta.total).toBe(2);
    const byStatus = await t.request({
      method: 'GET',
      url: `/api/v1/seasons/${season.id}/fixtures?status=COMPLETED`,
    });
    expect(byStatus.json().data).toEqual([]);

    const patched = await t.request({
      method: 'PATCH',
      url: `/api/v1/fixtures/${fixture.id}`,
      as: 'moderator',
      payload: { scheduled_at: '2026-10-01T18:30:00.000Z', venue: 'Hall B', round: 4 },
    });
    expect(patched.json().data).toMatchObject({
      venue: 'Hall B',
      round: 4,
      scheduled_at: '2026-10-01T18:30:00.000Z',
      matches: [],
    });
  });

  it('refuses a team against itself, a team outside the season and an unknown season', async () => {
    const { season, teams } = await seasonWithTeams(2);
    const outsider = await newTeam(t);
    const post = (payload: object) =>
      t.request({
        method: 'POST',
        url: '/api/v1/fixtures',
        as: 'moderator',
        payload: { round: 1, ...payload },
      });
    expect(
      (await post({ season_id: season.id, home_team_id: teams[0]!.id, guest_team_id: teams[0]!.id })).json()
        .error_code,
    ).toBe('SAME_TEAM_MATCH');
    expect(
      (await post({ season_id: season.id, home_team_id: teams[0]!.id, guest_team_id: outsider.id })).json()
        .error_code,
    ).toBe('TEAM_NOT_IN_SEASON');
    expect(
      (
        await post({
          season_id: '00000000-0000-4000-8000-000000000000',
          home_team_id: teams[0]!.id,
          guest_team_id: teams[1]!.id,
        })
      ).json().error_code,
    ).toBe('SEASON_NOT_FOUND');
    expect(
      (
        await t.request({ method: 'GET', url: '/api/v1/fixtures/00000000-0000-4000-8000-000000000000' })
      ).json().error_code,
    ).toBe('FIXTURE_NOT_FOUND');
  });

  it('postpones a fixture and awards a walkover by the maximum to the named team', async () => {
    const { season, teams } = await seasonWithTeams(2);
    const fixture = await newFixture(t, {
      season_id: season.id,
      home_team_id: teams[0]!.id,
      guest_team_id: teams[1]!.id,
    });
    const patch = (payload: object) =>
      t.request({ method: 'PATCH', url: `/api/v1/fixtures/${fixture.id}`, as: 'admin', payload });
    expect((await patch({ status: 'POSTPONED' })).json().data.status).toBe('POSTPONED');
    expect((await patch({ status: 'WALKOVER' })).json().error_code).toBe('MISSING_REQUIRED_FIELD');
    expect(
      (await patch({ status: 'WALKOVER', walkover_winner_team_id: '00000000-0000-4000-8000-000000000000' }))
        .statusCode,
    ).toBe(400);
    const walkover = await patch({ status: 'WALKOVER', walkover_winner_team_id: teams[1]!.id });
    expect(walkover.json().data).toMatchObject({
      status: 'WALKOVER',
      walkover_winner_team_id: teams[1]!.id,
      home_score: 0,
      guest_score: 5,
    });
    const standings = (
      await t.request({ method: 'GET', url: `/api/v1/seasons/${season.id}/standings` })
    ).json().data;
    expect(standings[0]).toMatchObject({
      team_id: teams[1]!.id,
      position: 1,
      won: 1,
      points: 2,
      matches_won: 5,
    });
    expect(standings[1]).toMatchObject({
      team_id: teams[0]!.id,
      position: 2,
      lost: 1,
      points: 0,
      matches_lost: 5,
    });
  });
});

describe('lineups', () => {
  it('creates singles and doubles and refuses invalid lineups naming who and why', async () => {
    const { season, teams, rosters } = await newLeague(t, { perTeam: 3 });
    const fixture = await newFixture(t, {
      season_id: season.id,
      home_team_id: teams[0]!.id,
      guest_team_id: teams[1]!.id,
    });
    const [h1, h2, h3] = rosters[0]!.map((r) => r.player_id);
    const [g1, g2] = rosters[1]!.map((r) => r.player_id);
    const single = await newMatch(t, fixture.id, 1, [h1!], [g1!]);
    expect(single).toMatchObject({ home_sets: null, winner_team_id: null });
    const double = await newMatch(t, fixture.id, 2, [h2!, h3!], [g1!, g2!]);
    expect((double as unknown as { match_type: string }).match_type).toBe('DOUBLE');

    const post = (payload: object) =>
      t.request({
        method: 'POST',
        url: '/api/v1/matches',
        as: 'moderator',
        payload: { fixture_id: fixture.id, ...payload },
      });
    const wrongSide = await post({
      match_order: 3,
      match_type: 'SINGLE',
      home_player1_id: g1,
      guest_player1_id: g2,
    });
    expect(wrongSide.statusCode).toBe(400);
    expect(wrongSide.json()).toMatchObject({
      error_code: 'INVALID_PLAYERS',
      details: { problems: [{ player_id: g1, reason: 'The player does not play for the home team' }] },
    });
    const duplicate = await post({
      match_order: 3,
      match_type: 'DOUBLE',
      home_player1_id: h1,
      home_player2_id: h1,
      guest_player1_id: g1,
      guest_player2_id: g2,
    });
    expect(duplicate.json().error_code).toBe('INVALID_PLAYERS');
    const halfDouble = await post({
      match_order: 3,
      match_type: 'DOUBLE',
      home_player1_id: h1,
      guest_player1_id: g1,
      guest_player2_id: g2,
    });
    expect(halfDouble.json().error_code).toBe('INVALID_PLAYERS');
    const outsider = await post({
      match_order: 3,
      match_type: 'SINGLE',
      home_player1_id: '00000000-0000-4000-8000-000000000000',
      guest_player1_id: g1,
    });
    expect(outsider.json().details.problems[0].reason).toMatch(/not registered/);
    const sameOrder = await post({
      match_order: 1,
      match_type: 'SINGLE',
      home_player1_id: h2,
      guest_player1_id: g2,
    });
    expect(sameOrder.statusCode).toBe(409);
    expect(sameOrder.json().error_code).toBe('MATCH_ORDER_TAKEN');

    const detail = (await t.request({ method: 'GET', url: `/api/v1/fixtures/${fixture.id}` })).json().data;
    expect(detail.matches.map((m: { match_order: number }) => m.match_order)).toEqual([1, 2]);
    expect(detail.matches[1]).toMatchObject({
      home_player2_id: h3,
      home_player1_name: expect.any(String),
      guest_player2_name: expect.any(String),
    });
    const listed = (await t.request({ method: 'GET', url: `/api/v1/fixtures/${fixture.id}/matches` })).json()
      .data;
    expect(listed).toHaveLength(2);
  });

  it('snapshots a handicap from the rank gap when the season uses one', async () => {
    const { season, teams, rosters } = await newLeague(t, {
      perTeam: 1,
      rules: { handicap_per_rank_step: 2 },
    });
    await t.request({
      method: 'PATCH',
      url: `/api/v1/player-seasons/${rosters[1]![0]!.id}`,
      as: 'admin',
      payload: { rank_id: 'C1' },
    });
    const fixture = await newFixture(t, {
      season_id: season.id,
      home_team_id: teams[0]!.id,
      guest_team_id: teams[1]!.id,
    });
    const match = await newMatch(t, fixture.id, 1, [rosters[0]![0]!.player_id], [rosters[1]![0]!.player_id]);
    // B2 (tier 5) against C1 (tier 3): the guest starts each game two steps × 2 points ahead.
    expect((match as unknown as { handicap_snapshot: unknown }).handicap_snapshot).toEqual({
      per_rank_step: 2,
      rank_steps: 2,
      home_start: 0,
      guest_start: 4,
    });
    expect((await recordResult(t, match.id, [11, 11, 11], [5, 5, 5])).statusCode).toBe(200);
  });
});

describe('walkovers that award points', () => {
  it('gives the winning lineup win_points per match, logged, and takes them back if the walkover is undone', async () => {
    const { season, teams, rosters } = await newLeague(t, {
      perTeam: 2,
      rules: { walkover_awards_points: true, win_points: 80 },
    });
    const fixture = await newFixture(t, {
      season_id: season.id,
      home_team_id: teams[0]!.id,
      guest_team_id: teams[1]!.id,
    });
    const [h1, h2] = rosters[0]!;
    const [g1, g2] = rosters[1]!;
    await newMatch(t, fixture.id, 1, [h1!.player_id], [g1!.player_id]);
    await newMatch(t, fixture.id, 2, [h1!.player_id, h2!.player_id], [g1!.player_id, g2!.player_id]);
    const patch = (payload: object) =>
      t.request({ method: 'PATCH', url: `/api/v1/fixtures/${fixture.id}`, as: 'admin', payload });
    const walkover = await patch({ status: 'WALKOVER', walkover_winner_team_id: teams[0]!.id });
    expect(walkover.json().data).toMatchObject({ home_score: 2, guest_score: 0 });
    const points = async (id: string) =>
      (await t.request({ method: 'GET', url: `/api/v1/player-seasons/${id}` })).json().data;
    expect(await points(h1!.id)).toMatchObject({
      accumulated_points: 160,
      rating: h1!.rating,
      matches_played: 0,
    });
    expect(await points(h2!.id)).toMatchObject({ accumulated_points: 80 });
    expect(await points(g1!.id)).toMatchObject({ accumulated_points: 0 });

    expect((await patch({ status: 'SCHEDULED' })).json().data.status).toBe('SCHEDULED');
    expect(await points(h1!.id)).toMatchObject({ accumulated_points: 0 });
    const logs = (await t.request({ method: 'GET', url: `/api/v1/points/logs/${h1!.id}` })).json().data;
    expect(logs.map((l: { source: string; delta_points: number }) => [l.source, l.delta_points])).toEqual([
      ['INITIAL', 0],
      ['MATCH', 80],
      ['MATCH', 80],
      // Undone per match under the match's ref_id, like a voided result: each award has its correction.
      ['CORRECTION', -80],
      ['CORRECTION', -80],
    ]);
    // Awarding and withdrawing again takes back only the new award (the first is already balanced).
    await patch({ status: 'WALKOVER', walkover_winner_team_id: teams[0]!.id });
    await patch({ status: 'SCHEDULED' });
    expect(await points(h1!.id)).toMatchObject({ accumulated_points: 0 });
    const report = (await t.request({ method: 'GET', url: '/api/v1/admin/integrity', as: 'admin' })).json()
      .data;
    expect(report.ok).toBe(true);
  });
});
