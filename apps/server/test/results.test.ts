import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './helpers/app.js';
import {
  finishActiveSeason,
  finishSeason,
  integrity,
  newFixture,
  newLeague,
  newMatch,
  recordResult,
} from './helpers/factories.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

afterEach(() => finishActiveSeason(t));

async function singlesMatch(rules?: Record<string, unknown>) {
  const league = await newLeague(t, { rules, perTeam: 2 });
  const [home, guest] = league.teams;
  const fixture = await newFixture(t, {
    season_id: league.season.id,
    home_team_id: home!.id,
    guest_team_id: guest!.id,
  });
  const [h1, h2] = league.rosters[0]!;
  const [g1, g2] = league.rosters[1]!;
  const match = await newMatch(t, fixture.id, 1, [h1!.player_id], [g1!.player_id]);
  const finish = () => finishSeason(t, league.season.id);
  return { league, fixture, match, h1: h1!, h2: h2!, g1: g1!, g2: g2!, finish };
}

const playerSeason = async (id: string) =>
  (await t.request({ method: 'GET', url: `/api/v1/player-seasons/${id}` })).json().data;
const logs = async (id: string) =>
  (await t.request({ method: 'GET', url: `/api/v1/points/logs/${id}` })).json().data;

describe('recording a result', () => {
  it('applies points, logs, Elo, snapshots and the fixture score in one go', async () => {
    const { fixture, match, h1, g1, league, finish } = await singlesMatch();
    const response = await recordResult(t, match.id, [11, 9, 11, 11], [7, 11, 5, 8]);
    expect(response.statusCode).toBe(200);
    expect(response.json().message).toBe('Match result recorded successfully');
    const recorded = response.json().data;
    expect(recorded).toMatchObject({
      home_sets: [11, 9, 11, 11],
      guest_sets: [7, 11, 5, 8],
      winner_team_id: league.teams[0]!.id,
    });
    expect(recorded.point_before).toEqual({ [h1.player_id]: 0, [g1.player_id]: 0 });
    expect(recorded.point_after).toEqual({ [h1.player_id]: 100, [g1.player_id]: 50 });
    expect(recorded.rank_snapshot).toEqual({ [h1.player_id]: 'B2', [g1.player_id]: 'B2' });
    expect(recorded.rating_after).toEqual({ [h1.player_id]: 1565.5, [g1.player_id]: 1533.5 });

    const winner = await playerSeason(h1.id);
    expect(winner).toMatchObject({
      accumulated_points: 100,
      rating: 1565.5,
      wins: 1,
      losses: 0,
      matches_played: 1,
    });
    const loser = await playerSeason(g1.id);
    expect(loser).toMatchObject({
      accumulated_points: 50,
      rating: 1533.5,
      wins: 0,
      losses: 1,
      matches_played: 1,
    });
    expect((await logs(h1.id)).at(-1)).toMatchObject({
      delta_points: 100,
      balance_after: 100,
      source: 'MATCH',
      ref_id: match.id,
    });
    expect((await logs(g1.id)).at(-1)).toMatchObject({
      delta_points: 50,
      balance_after: 50,
      source: 'MATCH',
      ref_id: match.id,
    });

    const fixtureAfter = (await t.request({ method: 'GET', url: `/api/v1/fixtures/${fixture.id}` })).json()
      .data;
    expect(fixtureAfter).toMatchObject({ home_score: 1, guest_score: 0, status: 'COMPLETED' });
    expect(await integrity(t)).toMatchObject({ ok: true, violations: [] });
    await finish();
  });

  it('gives both doubles partners the points and the pair-mean Elo change', async () => {
    const { fixture, h1, h2, g1, g2, finish } = await singlesMatch({ win_points: 120, loss_points: 40 });
    await t.request({
      method: 'PATCH',
      url: `/api/v1/player-seasons/${h1.id}`,
      as: 'admin',
      payload: { rank_id: 'B2' },
    });
    const doubles = await newMatch(
      t,
      fixture.id,
      2,
      [h1.player_id, h2.player_id],
      [g1.player_id, g2.player_id],
    );
    const response = await recordResult(t, doubles.id, [5, 8, 9], [11, 11, 11]);
    expect(response.statusCode).toBe(200);
    for (const ps of [h1, h2])
      expect(await playerSeason(ps.id)).toMatchObject({ accumulated_points: 40, losses: 1 });
    for (const ps of [g1, g2])
      expect(await playerSeason(ps.id)).toMatchObject({ accumulated_points: 120, wins: 1 });
    const fixtureAfter = (await t.request({ method: 'GET', url: `/api/v1/fixtures/${fixture.id}` })).json()
      .data;
    expect(fixtureAfter).toMatchObject({ home_score: 0, guest_score: 1, status: 'ONGOING' });
    await finish();
  });

  it("accepts the seed's example in a relaxed best-of-3 season", async () => {
    const { match, finish } = await singlesMatch({ best_of: 3, strict_scores: false });
    const response = await recordResult(t, match.id, [11, 9], [8, 6]);
    expect(response.statusCode).toBe(200);
    await finish();
  });

  it("rejects the seed's example under strict rules, naming the game and the reason", async () => {
    const { match, h1, finish } = await singlesMatch({ best_of: 3 });
    const response = await recordResult(t, match.id, [11, 9], [8, 6]);
    expect(response.statusCode).toBe(400);
    const body = response.json();
    expect(body.error_code).toBe('MATCH_INVALID_SETS');
    expect(body.details.problems).toEqual([
      expect.objectContaining({ game: 2, reason: expect.stringMatching(/9-6/) }),
    ]);
    expect(await playerSeason(h1.id)).toMatchObject({ accumulated_points: 0, matches_played: 0 });
    await finish();
  });

  it.each([
    [[11, 11], [9, 9], 'too few games for best of 5'],
    [[11, 11, 11, 11], [9, 9, 9, 9], 'a game after the decision'],
    [[11, 11, 11], [9, 9], 'unequal lengths'],
    [[11, 10, 11, 11], [9, 10, 9, 9], 'a tied game'],
    [[11, 13, 11, 11], [9, 9, 4, 6], 'an unfinished deuce game'],
  ])('refuses %j vs %j (%s)', async (home, guest) => {
    const { match, finish } = await singlesMatch();
    const response = await recordResult(t, match.id, home, guest);
    expect(response.statusCode).toBe(400);
    expect(response.json().error_code).toBe('MATCH_INVALID_SETS');
    expect(response.json().details.problems.length).toBeGreaterThan(0);
    await finish();
  });

  it('refuses a winner_team_id that contradicts the sets', async () => {
    const { match, league, finish } = await singlesMatch({ best_of: 3 });
    const response = await t.request({
      method: 'POST',
      url: `/api/v1/matches/${match.id}/result`,
      as: 'moderator',
      payload: { home_sets: [11, 11], guest_sets: [5, 5], winner_team_id: league.teams[1]!.id },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error_code).toBe('MATCH_INVALID_SETS');
    await finish();
  });

  it('answers 409 MATCH_ALREADY_RECORDED for a second result and 404 for an unknown match', async () => {
    const { match, finish } = await singlesMatch();
    expect((await recordResult(t, match.id, [11, 11, 11], [1, 2, 3])).statusCode).toBe(200);
    const again = await recordResult(t, match.id, [11, 11, 11], [1, 2, 3]);
    expect(again.statusCode).toBe(409);
    expect(again.json().error_code).toBe('MATCH_ALREADY_RECORDED');
    const unknown = await recordResult(t, '00000000-0000-4000-8000-000000000000', [11, 11, 11], [1, 2, 3]);
    expect(unknown.json().error_code).toBe('MATCH_NOT_FOUND');
    await finish();
  });

  it('refuses results once the season is no longer active', async () => {
    const { match, finish } = await singlesMatch();
    await finish();
    const response = await recordResult(t, match.id, [11, 11, 11], [1, 2, 3]);
    expect(response.statusCode).toBe(409);
    expect(response.json().error_code).toBe('SEASON_NOT_ACTIVE');
  });
});

describe('voiding a result', () => {
  it('writes compensating CORRECTION logs, reverts ratings and the fixture, and allows a new result', async () => {
    const { fixture, match, h1, g1, finish } = await singlesMatch();
    await recordResult(t, match.id, [11, 11, 11], [1, 2, 3]);
    const moderator = await t.request({
      method: 'POST',
      url: `/api/v1/matches/${match.id}/result/void`,
      as: 'moderator',
      payload: { reason: 'wrong sheet' },
    });
    expect(moderator.statusCode).toBe(403);
    const voided = await t.request({
      method: 'POST',
      url: `/api/v1/matches/${match.id}/result/void`,
      as: 'admin',
      payload: { reason: 'wrong sheet' },
    });
    expect(voided.statusCode).toBe(200);
    expect(voided.json().data).toMatchObject({ home_sets: null, winner_team_id: null, recorded_at: null });

    expect(await playerSeason(h1.id)).toMatchObject({
      accumulated_points: 0,
      rating: 1549.5,
      wins: 0,
      matches_played: 0,
    });
    expect(await playerSeason(g1.id)).toMatchObject({ accumulated_points: 0, rating: 1549.5, losses: 0 });
    expect(
      (await logs(h1.id)).map((log: { source: string; delta_points: number }) => [
        log.source,
        log.delta_points,
      ]),
    ).toEqual([
      ['INITIAL', 0],
      ['MATCH', 100],
      ['CORRECTION', -100],
    ]);
    const fixtureAfter = (await t.request({ method: 'GET', url: `/api/v1/fixtures/${fixture.id}` })).json()
      .data;
    expect(fixtureAfter).toMatchObject({ home_score: 0, guest_score: 0, status: 'SCHEDULED' });

    const twice = await t.request({
      method: 'POST',
      url: `/api/v1/matches/${match.id}/result/void`,
      as: 'admin',
      payload: { reason: 'again' },
    });
    expect(twice.json().error_code).toBe('MATCH_NOT_RECORDED');
    expect((await recordResult(t, match.id, [1, 2, 3], [11, 11, 11])).statusCode).toBe(200);
    expect(await playerSeason(g1.id)).toMatchObject({ accumulated_points: 100, wins: 1 });
    expect((await integrity(t)).ok).toBe(true);
    await finish();
  });
});

describe('voiding after a penalty', () => {
  it('refuses a void that would take a player below zero, naming the balance, and changes nothing', async () => {
    const { match, h1 } = await singlesMatch();
    await recordResult(t, match.id, [11, 11, 11], [1, 2, 3]);
    const penalty = await t.request({
      method: 'POST',
      url: '/api/v1/points/adjust',
      as: 'admin',
      payload: { player_season_id: h1.id, delta_points: -100, reason: 'Misconduct', source: 'PENALTY' },
    });
    expect(penalty.json().data.balance).toBe(0);
    const voided = await t.request({
      method: 'POST',
      url: `/api/v1/matches/${match.id}/result/void`,
      as: 'admin',
      payload: { reason: 'wrong sheet' },
    });
    expect(voided.statusCode).toBe(400);
    expect(voided.json()).toMatchObject({
      error_code: 'NEGATIVE_POINTS_RESULT',
      details: { balance: 0, delta_points: -100 },
    });
    const matchAfter = (await t.request({ method: 'GET', url: `/api/v1/matches/${match.id}` })).json().data;
    expect(matchAfter.recorded_at).not.toBeNull();
    expect((await logs(h1.id)).map((log: { source: string }) => log.source)).toEqual([
      'INITIAL',
      'MATCH',
      'PENALTY',
    ]);
  });
});

describe('point adjustments', () => {
  it('adjusts with a log, and refuses zero, huge, negative-result and reasonless changes', async () => {
    const { h1, finish } = await singlesMatch();
    const adjust = (payload: object) =>
      t.request({ method: 'POST', url: '/api/v1/points/adjust', as: 'admin', payload });
    const ok = await adjust({
      player_season_id: h1.id,
      delta_points: 25.5,
      reason: 'Fair play bonus',
      source: 'BONUS',
    });
    expect(ok.statusCode).toBe(201);
    expect(ok.json().data).toMatchObject({
      balance: 25.5,
      log: { delta_points: 25.5, balance_after: 25.5, source: 'BONUS' },
    });

    expect((await adjust({ player_season_id: h1.id, delta_points: 0, reason: 'x' })).json().error_code).toBe(
      'INVALID_POINT_ADJUSTMENT',
    );
    expect(
      (await adjust({ player_season_id: h1.id, delta_points: 10_000.01, reason: 'x' })).json().error_code,
    ).toBe('INVALID_POINT_ADJUSTMENT');
    expect(
      (await adjust({ player_season_id: h1.id, delta_points: -30, reason: 'Late' })).json().error_code,
    ).toBe('NEGATIVE_POINTS_RESULT');
    expect(
      (await adjust({ player_season_id: h1.id, delta_points: 5, reason: '   ' })).json().error_code,
    ).toBe('INVALID_POINT_ADJUSTMENT');
    expect((await adjust({ player_season_id: h1.id, delta_points: 5 })).json().error_code).toBe(
      'MISSING_REQUIRED_FIELD',
    );
    const unknown = await adjust({
      player_season_id: '00000000-0000-4000-8000-000000000000',
      delta_points: 5,
      reason: 'x',
    });
    expect(unknown.json().error_code).toBe('PLAYER_SEASON_NOT_FOUND');
    const penalty = await adjust({
      player_season_id: h1.id,
      delta_points: -25.5,
      reason: 'Late arrival',
      source: 'PENALTY',
    });
    expect(penalty.json().data.balance).toBe(0);
    expect(
      (
        await t.request({
          method: 'POST',
          url: '/api/v1/points/adjust',
          as: 'moderator',
          payload: { player_season_id: h1.id, delta_points: 1, reason: 'x' },
        })
      ).statusCode,
    ).toBe(403);
    expect((await integrity(t)).ok).toBe(true);
    await finish();
  });
});

describe('idempotency', () => {
  it('replays the first response for a repeated key and body, and refuses a different body', async () => {
    const { match, h1, finish } = await singlesMatch();
    const headers = { 'idempotency-key': `result-${match.id}` };
    const first = await recordResult(t, match.id, [11, 11, 11], [3, 4, 5], headers);
    const repeat = await recordResult(t, match.id, [11, 11, 11], [3, 4, 5], headers);
    expect(repeat.statusCode).toBe(200);
    expect(repeat.json()).toEqual(first.json());
    expect(repeat.headers['idempotent-replayed']).toBe('true');
    expect(await playerSeason(h1.id)).toMatchObject({ accumulated_points: 100, matches_played: 1 });
    expect((await logs(h1.id)).filter((log: { source: string }) => log.source === 'MATCH')).toHaveLength(1);

    const different = await recordResult(t, match.id, [11, 11, 11], [0, 0, 0], headers);
    expect(different.statusCode).toBe(409);
    expect(different.json().error_code).toBe('IDEMPOTENCY_CONFLICT');

    const adjustHeaders = { 'idempotency-key': 'adjust-once' };
    const payload = { player_season_id: h1.id, delta_points: 10, reason: 'bonus' };
    const a1 = await t.request({
      method: 'POST',
      url: '/api/v1/points/adjust',
      as: 'admin',
      payload,
      headers: adjustHeaders,
    });
    const a2 = await t.request({
      method: 'POST',
      url: '/api/v1/points/adjust',
      as: 'admin',
      payload,
      headers: adjustHeaders,
    });
    expect(a2.json()).toEqual(a1.json());
    expect(await playerSeason(h1.id)).toMatchObject({ accumulated_points: 110 });
    await finish();
  });
});

describe("a match's point changes (what voiding gives back)", () => {
  const changes = async (id: string) => {
    const response = await t.request({ method: 'GET', url: `/api/v1/matches/${id}/point-changes` });
    expect(response.statusCode, response.body).toBe(200);
    return response.json().data as { player_id: string; points: number; rating: number }[];
  };

  it('lists the points and rating each player got from the result, and nothing once voided', async () => {
    const { match, h1, g1, finish } = await singlesMatch();
    expect(await changes(match.id)).toEqual([]);
    await recordResult(t, match.id, [11, 11, 11], [1, 2, 3]);
    const applied = await changes(match.id);
    const winner = applied.find((row) => row.player_id === h1.player_id);
    expect(winner).toMatchObject({ points: 100, player_name: expect.any(String) });
    expect(winner!.rating).toBeGreaterThan(0);
    // The list is what the logs say the match gave, so it agrees with the balances it moved.
    const logged = (await logs(h1.id)).filter((log: { source: string }) => log.source === 'MATCH');
    expect(logged.map((log: { delta_points: number }) => log.delta_points)).toEqual([winner!.points]);
    expect(applied[0]!.player_id).toBe(h1.player_id);
    const loser = applied.find((row) => row.player_id === g1.player_id);
    if (loser) expect(loser.rating).toBeLessThan(0);

    await t.request({
      method: 'POST',
      url: `/api/v1/matches/${match.id}/result/void`,
      as: 'admin',
      payload: { reason: 'wrong sheet' },
    });
    expect(await changes(match.id)).toEqual([]);
    await finish();
  });

  it('answers 404 for an unknown match', async () => {
    const response = await t.request({
      method: 'GET',
      url: '/api/v1/matches/00000000-0000-4000-8000-000000000000/point-changes',
    });
    expect([response.statusCode, response.json().error_code]).toEqual([404, 'MATCH_NOT_FOUND']);
  });
});
