import { SEEDED_RANKS } from '@pingpong/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './helpers/app.js';
import { enterTeam, newPlayer, newSeason, newTeam, registerPlayer } from './helpers/factories.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('seasons', () => {
  it('fills every rule default and keeps the given ones', async () => {
    const season = await newSeason(t, { rules: { best_of: 3, strict_scores: false } });
    expect(season.rules).toEqual({
      win_points: 100,
      loss_points: 50,
      best_of: 3,
      points_per_game: 11,
      win_by: 2,
      strict_scores: false,
      fixture_win_points: 2,
      fixture_draw_points: 1,
      fixture_loss_points: 0,
      elo_k: 32,
      elo_scale: 400,
      handicap_per_rank_step: 0,
      walkover_awards_points: false,
      format: 'FREE',
      stop_when_decided: null,
      result_confirmation: 'NONE',
      confirmation_hours: 48,
      forfeit_win_points: 0,
    });
    expect(season.status).toBe('UPCOMING');
  });

  it('rejects unknown or impossible rules', async () => {
    const unknown = await t.request({
      method: 'POST',
      url: '/api/v1/seasons',
      as: 'admin',
      payload: { name: 'S', year: 2026, rules: { bonus: 1 } },
    });
    expect(unknown.statusCode).toBe(400);
    const even = await t.request({
      method: 'POST',
      url: '/api/v1/seasons',
      as: 'admin',
      payload: { name: 'S', year: 2026, rules: { best_of: 4 } },
    });
    expect(even.statusCode).toBe(400);
    expect(even.json().error_code).toBe('INVALID_INPUT');
    expect(JSON.stringify(even.json().details)).toMatch(/best_of/);
  });

  it('allows one ACTIVE season at a time and finishes it', async () => {
    const first = await newSeason(t, { start: true });
    expect(first.status).toBe('ACTIVE');
    const second = await newSeason(t);
    const refused = await t.request({
      method: 'POST',
      url: `/api/v1/seasons/${second.id}/start`,
      as: 'admin',
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({
      error_code: 'SEASON_ALREADY_ACTIVE',
      details: { active_season_id: first.id },
    });

    const finished = await t.request({
      method: 'POST',
      url: `/api/v1/seasons/${first.id}/finish`,
      as: 'admin',
    });
    expect(finished.statusCode).toBe(200);
    expect(finished.json().data.status).toBe('FINISHED');
    const started = await t.request({
      method: 'POST',
      url: `/api/v1/seasons/${second.id}/start`,
      as: 'admin',
    });
    expect(started.json().data.status).toBe('ACTIVE');
    await t.request({ method: 'POST', url: `/api/v1/seasons/${second.id}/finish`, as: 'admin' });
  });

  it('refuses starting twice and editing a finished season', async () => {
    const season = await newSeason(t, { start: true });
    const again = await t.request({ method: 'POST', url: `/api/v1/seasons/${season.id}/start`, as: 'admin' });
    expect(again.statusCode).toBe(409);
    await t.request({ method: 'POST', url: `/api/v1/seasons/${season.id}/finish`, as: 'admin', payload: {} });
    const edit = await t.request({
      method: 'PATCH',
      url: `/api/v1/seasons/${season.id}`,
      as: 'admin',
      payload: { name: 'Renamed' },
    });
    expect(edit.statusCode).toBe(409);
  });

  it('updates name, dates and rules, refusing an end before the start', async () => {
    const season = await newSeason(t);
    const updated = await t.request({
      method: 'PATCH',
      url: `/api/v1/seasons/${season.id}`,
      as: 'admin',
      payload: {
        name: 'Spring League',
        start_date: '2026-03-01',
        end_date: '2026-06-30',
        rules: { win_points: 120 },
      },
    });
    expect(updated.json().data).toMatchObject({
      name: 'Spring League',
      start_date: '2026-03-01',
      rules: { win_points: 120, loss_points: 50 },
    });
    const backwards = await t.request({
      method: 'PATCH',
      url: `/api/v1/seasons/${season.id}`,
      as: 'admin',
      payload: { end_date: '2026-01-01' },
    });
    expect(backwards.statusCode).toBe(400);
  });

  it('takes stop_when_decided: null as "as the format does", so an explicit choice can be undone', async () => {
    const season = await newSeason(t, { rules: { format: 'WORLD_TEAM', stop_when_decided: false } });
    expect(season.rules.stop_when_decided).toBe(false);
    const patch = (rules: object) =>
      t.request({ method: 'PATCH', url: `/api/v1/seasons/${season.id}`, as: 'admin', payload: { rules } });
    const reset = await patch({ stop_when_decided: null });
    expect(reset.statusCode, reset.body).toBe(200);
    expect(reset.json().data.rules).toMatchObject({ format: 'WORLD_TEAM', stop_when_decided: null });
    for (const wrong of ['yes', 'null', 2, {}, []]) {
      const refused = await patch({ stop_when_decided: wrong });
      expect(refused.statusCode, JSON.stringify(wrong)).toBe(400);
      expect(refused.json().error_code).toBe('INVALID_INPUT');
    }
  });

  it('lists seasons with a status filter', async () => {
    const response = await t.request({ method: 'GET', url: '/api/v1/seasons?status=UPCOMING' });
    expect(response.statusCode).toBe(200);
    expect(response.json().data.every((s: { status: string }) => s.status === 'UPCOMING')).toBe(true);
  });
});

describe('season teams and registrations', () => {
  it('registers a player with an INITIAL point log and the rank-middle rating', async () => {
    const season = await newSeason(t);
    const team = await newTeam(t);
    await enterTeam(t, season.id, team.id);
    const player = await newPlayer(t);
    const ps = await registerPlayer(t, season.id, {
      player_id: player.id,
      team_id: team.id,
      rank_id: 'B2',
      opening_points: 250,
    });
    expect(ps).toMatchObject({ accumulated_points: 250, rating: 1549.5, rank_id: 'B2' });

    const logs = await t.request({ method: 'GET', url: `/api/v1/points/logs/${ps.id}` });
    expect(logs.json().data).toEqual([
      expect.objectContaining({
        delta_points: 250,
        balance_after: 250,
        source: 'INITIAL',
        player_season_id: ps.id,
      }),
    ]);

    const roster = await t.request({ method: 'GET', url: `/api/v1/seasons/${season.id}/players` });
    expect(roster.json().meta.total).toBe(1);
    const teams = await t.request({ method: 'GET', url: `/api/v1/seasons/${season.id}/teams` });
    expect(teams.json().data).toEqual([expect.objectContaining({ team_id: team.id, player_count: 1 })]);
  });

  it('uses the open ends of the rank table for default ratings and honours a given rating', async () => {
    const season = await newSeason(t);
    const team = await newTeam(t);
    await enterTeam(t, season.id, team.id);
    const low = await registerPlayer(t, season.id, {
      player_id: (await newPlayer(t)).id,
      team_id: team.id,
      rank_id: 'C3',
    });
    const high = await registerPlayer(t, season.id, {
      player_id: (await newPlayer(t)).id,
      team_id: team.id,
      rank_id: 'A1',
    });
    const given = await registerPlayer(t, season.id, {
      player_id: (await newPlayer(t)).id,
      team_id: team.id,
      rank_id: 'B1',
      rating: 1812.25,
    });
    expect([low.rating, high.rating, given.rating]).toEqual([249.5, 3150, 1812.25]);
  });

  it('refuses every invalid registration with its own code', async () => {
    const season = await newSeason(t);
    const team = await newTeam(t);
    const outsider = await newTeam(t);
    await enterTeam(t, season.id, team.id);
    const player = await newPlayer(t);
    const inactive = await newPlayer(t, { is_active: false });
    const post = (payload: object) =>
      t.request({ method: 'POST', url: `/api/v1/seasons/${season.id}/players`, as: 'admin', payload });

    expect(
      (
        await post({ player_id: '00000000-0000-4000-8000-000000000000', team_id: team.id, rank_id: 'B2' })
      ).json().error_code,
    ).toBe('PLAYER_NOT_FOUND');
    expect((await post({ player_id: inactive.id, team_id: team.id, rank_id: 'B2' })).json().error_code).toBe(
      'PLAYER_INACTIVE',
    );
    // A team not yet in the season is entered by the registration (SPEC §6, tests in match-day/compat).
    void outsider;
    expect(
      (
        await post({ player_id: player.id, team_id: '00000000-0000-4000-8000-000000000000', rank_id: 'B2' })
      ).json().error_code,
    ).toBe('TEAM_NOT_FOUND');
    expect((await post({ player_id: player.id, team_id: team.id, rank_id: 'Z9' })).json().error_code).toBe(
      'RANK_NOT_FOUND',
    );
    expect(
      (await post({ player_id: player.id, team_id: team.id, rank_id: 'B2', opening_points: -5 })).statusCode,
    ).toBe(400);
    expect((await post({ player_id: player.id, team_id: team.id })).json().error_code).toBe(
      'MISSING_REQUIRED_FIELD',
    );
    expect((await post({ player_id: player.id, team_id: team.id, rank_id: 'B2' })).statusCode).toBe(201);
    expect((await post({ player_id: player.id, team_id: team.id, rank_id: 'B2' })).json().error_code).toBe(
      'PLAYER_ALREADY_IN_SEASON',
    );

    const again = await t.request({
      method: 'POST',
      url: `/api/v1/seasons/${season.id}/teams`,
      as: 'admin',
      payload: { team_id: team.id },
    });
    expect(again.json().error_code).toBe('TEAM_ALREADY_IN_SEASON');
  });

  it('transfers a player, changes rank and status, logging rank history', async () => {
    const season = await newSeason(t);
    const [a, b] = [await newTeam(t), await newTeam(t)];
    await enterTeam(t, season.id, a.id);
    await enterTeam(t, season.id, b.id);
    const ps = await registerPlayer(t, season.id, { player_id: (await newPlayer(t)).id, team_id: a.id });
    const patch = (payload: object) =>
      t.request({ method: 'PATCH', url: `/api/v1/player-seasons/${ps.id}`, as: 'admin', payload });

    const moved = await patch({ team_id: b.id, rank_id: 'B1', status: 'INACTIVE', display_order: 3 });
    expect(moved.json().data).toMatchObject({
      team_id: b.id,
      rank_id: 'B1',
      status: 'INACTIVE',
      display_order: 3,
    });
    const outsider = await newTeam(t);
    expect((await patch({ team_id: outsider.id })).json().error_code).toBe('TEAM_NOT_IN_SEASON');
    const history = await t.database
      .sql`SELECT from_rank_id, to_rank_id, reason FROM player_rank_history WHERE player_season_id = ${ps.id} ORDER BY created_at, reason DESC`;
    expect(history.map((row) => [row.from_rank_id, row.to_rank_id, row.reason])).toEqual([
      [null, 'B2', 'REGISTRATION'],
      ['B2', 'B1', 'MANUAL'],
    ]);
    const missing = await t.request({
      method: 'PATCH',
      url: '/api/v1/player-seasons/00000000-0000-4000-8000-000000000000',
      as: 'admin',
      payload: { status: 'ACTIVE' },
    });
    expect(missing.json().error_code).toBe('PLAYER_SEASON_NOT_FOUND');
  });
});

describe('ranks', () => {
  it('are seeded by the migration exactly as the domain package describes them', async () => {
    const list = await t.request({ method: 'GET', url: '/api/v1/ranks' });
    const seeded = list.json().data.filter((rank: { id: string }) => rank.id !== 'C2');
    expect(seeded).toEqual(SEEDED_RANKS.filter((rank) => rank.id !== 'C2').map((rank) => ({ ...rank })));
  });

  it('lists the nine seeded tiers and lets an admin edit buffers', async () => {
    const list = await t.request({ method: 'GET', url: '/api/v1/ranks' });
    expect(list.json().data.map((r: { id: string }) => r.id)).toEqual([
      'C3',
      'C2',
      'C1',
      'B3',
      'B2',
      'B1',
      'A3',
      'A2',
      'A1',
    ]);
    expect(list.json().data[4]).toMatchObject({
      id: 'B2',
      min_score: 1400,
      max_score: 1699,
      standard_score: 90,
      promotion_buffer: 25,
    });
    const edit = await t.request({
      method: 'PUT',
      url: '/api/v1/ranks/C2',
      as: 'admin',
      payload: { promotion_buffer: 40 },
    });
    expect(edit.json().data.promotion_buffer).toBe(40);
    const wrong = await t.request({
      method: 'PUT',
      url: '/api/v1/ranks/C2',
      as: 'admin',
      payload: { min_score: 900, max_score: 100 },
    });
    expect(wrong.statusCode).toBe(400);
    const unknown = await t.request({
      method: 'PUT',
      url: '/api/v1/ranks/Z1',
      as: 'admin',
      payload: { promotion_buffer: 1 },
    });
    expect(unknown.json().error_code).toBe('RANK_NOT_FOUND');
  });
});
