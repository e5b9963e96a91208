import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './helpers/app.js';
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
import { closeRound, expectError, getJson } from './helpers/rounds.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('carrying a player over to the next season', () => {
  it('starts from the finished season’s final rating and rank, with fresh points', async () => {
    const s1 = await newSeason(t, { start: true });
    const [a, b] = [await newTeam(t), await newTeam(t)];
    for (const team of [a, b]) await enterTeam(t, s1.id, team.id);
    const [p1, p2, p3, outsider] = [
      await newPlayer(t),
      await newPlayer(t),
      await newPlayer(t),
      await newPlayer(t),
    ];
    const r1 = await registerPlayer(t, s1.id, {
      player_id: p1.id,
      team_id: a.id,
      rank_id: 'B2',
      rating: 1730,
    });
    const r2 = await registerPlayer(t, s1.id, { player_id: p2.id, team_id: b.id, rank_id: 'B2' });
    await registerPlayer(t, s1.id, { player_id: p3.id, team_id: b.id, rank_id: 'C1', opening_points: 40 });
    const fixture = await newFixture(t, {
      season_id: s1.id,
      round: 1,
      home_team_id: a.id,
      guest_team_id: b.id,
    });
    const match = await newMatch(t, fixture.id, 1, [p1.id], [p2.id]);
    expect((await recordResult(t, match.id, [11, 11, 11], [7, 7, 7])).statusCode).toBe(200);
    await closeRound(t, s1.id, 1);

    // The next season is prepared while the first is still running: carry-over must wait for final values.
    const s2 = await newSeason(t);
    for (const team of [a, b]) await enterTeam(t, s2.id, team.id);
    const carry = (player: string, extra: Record<string, unknown> = {}) =>
      t.request({
        method: 'POST',
        url: `/api/v1/seasons/${s2.id}/players`,
        as: 'admin',
        payload: { player_id: player, team_id: a.id, carry_over_from_season_id: s1.id, ...extra },
      });
    const early = expectError(await carry(p1.id), 409, 'INVALID_SEASON_STATUS');
    expect(early.details).toEqual({ carry_over_from_season_id: s1.id, status: 'ACTIVE' });

    const finished = await t.request({ method: 'POST', url: `/api/v1/seasons/${s1.id}/finish`, as: 'admin' });
    expect(finished.statusCode, finished.body).toBe(200);
    const final1 = (await getJson(t, `/api/v1/player-seasons/${r1.id}`)).data;
    const final2 = (await getJson(t, `/api/v1/player-seasons/${r2.id}`)).data;
    expect(final1).toMatchObject({ rank_id: 'B1', accumulated_points: 100 });
    expect(final1.rating).toBeGreaterThan(1730);

    const carried = await carry(p1.id);
    expect(carried.statusCode, carried.body).toBe(201);
    expect(carried.json().data).toMatchObject({
      season_id: s2.id,
      rank_id: 'B1',
      rating: final1.rating,
      accumulated_points: 0,
      wins: 0,
      matches_played: 0,
    });
    const logs = (await getJson(t, `/api/v1/points/logs/${carried.json().data.id}`)).data;
    expect(logs.map((l: { source: string; delta_points: number }) => [l.source, l.delta_points])).toEqual([
      ['INITIAL', 0],
    ]);

    // A given rank or rating still wins over the carried one.
    const reRanked = await carry(p2.id, { rank_id: 'C1' });
    expect(reRanked.json().data).toMatchObject({ rank_id: 'C1', rating: final2.rating });
    const reRated = await carry(p3.id, { rating: 1000, opening_points: 25 });
    expect(reRated.json().data).toMatchObject({ rank_id: 'C1', rating: 1000, accumulated_points: 25 });

    expectError(await carry(outsider.id), 404, 'PLAYER_SEASON_NOT_FOUND');
    expectError(
      await carry(outsider.id, { carry_over_from_season_id: '00000000-0000-4000-8000-000000000000' }),
      404,
      'SEASON_NOT_FOUND',
    );
    expectError(await carry(outsider.id, { carry_over_from_season_id: s2.id }), 400, 'INVALID_INPUT');
    expectError(
      await t.request({
        method: 'POST',
        url: `/api/v1/seasons/${s2.id}/players`,
        as: 'admin',
        payload: { player_id: outsider.id, team_id: a.id },
      }),
      400,
      'MISSING_REQUIRED_FIELD',
    );

    // The finished season keeps its numbers; the player's history shows both seasons and how the rank travelled.
    expect((await getJson(t, `/api/v1/player-seasons/${r1.id}`)).data).toEqual(final1);
    const history = (await getJson(t, `/api/v1/players/${p1.id}/history`)).data;
    expect(
      history.seasons.map((s: { season_id: string; rank_id: string }) => [s.season_id, s.rank_id]),
    ).toEqual([
      [s2.id, 'B1'],
      [s1.id, 'B1'],
    ]);
    expect(
      history.rank_history.map(
        (h: { season_id: string; from_rank_id: string | null; to_rank_id: string; reason: string }) => [
          h.season_id,
          h.from_rank_id,
          h.to_rank_id,
          h.reason,
        ],
      ),
    ).toEqual([
      [s1.id, null, 'B2', 'REGISTRATION'],
      [s1.id, 'B2', 'B1', 'PROMOTION'],
      [s2.id, null, 'B1', 'CARRY_OVER'],
    ]);
    expect(history.rank_history[2].rating).toBe(final1.rating);
  });
});
