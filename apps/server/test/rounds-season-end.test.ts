import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './helpers/app.js';
import { newFixture, newLeague, newMatch, newPlayer, recordResult } from './helpers/factories.js';
import { closeRound, expectError, getJson, patchFixture, roundAction } from './helpers/rounds.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const finish = (seasonId: string, payload: object = {}) =>
  t.request({ method: 'POST', url: `/api/v1/seasons/${seasonId}/finish`, as: 'admin', payload });

async function leagueWithRounds() {
  const league = await newLeague(t, { perTeam: 2 });
  const [home, guest] = league.teams;
  const [h1, h2] = league.rosters[0]!;
  const [g1] = league.rosters[1]!;
  const f1 = await newFixture(t, {
    season_id: league.season.id,
    round: 1,
    home_team_id: home!.id,
    guest_team_id: guest!.id,
  });
  const f2 = await newFixture(t, {
    season_id: league.season.id,
    round: 2,
    home_team_id: guest!.id,
    guest_team_id: home!.id,
  });
  const m1 = await newMatch(t, f1.id, 1, [h1!.player_id], [g1!.player_id]);
  const pending = await newMatch(t, f2.id, 1, [g1!.player_id], [h2!.player_id]);
  return { ...league, seasonId: league.season.id, f1, f2, m1, pending, h1: h1!, h2: h2!, g1: g1! };
}

describe('finishing a season', () => {
  it('needs every round finalized, then freezes the season and keeps its final tables readable', async () => {
    const { seasonId, teams, f2, m1, pending, h1, h2, g1 } = await leagueWithRounds();
    await recordResult(t, m1.id, [11, 11, 11], [4, 4, 4]);
    await closeRound(t, seasonId, 1);

    const refused = expectError(await finish(seasonId), 409, 'ROUNDS_NOT_FINALIZED');
    expect(refused.details).toEqual({ rounds: [{ round: 2, status: 'OPEN' }] });
    expect((await getJson(t, `/api/v1/seasons/${seasonId}`)).data.status).toBe('ACTIVE');

    await patchFixture(t, f2.id, { status: 'POSTPONED' });
    await closeRound(t, seasonId, 2);
    const finished = await finish(seasonId);
    expect(finished.statusCode, finished.body).toBe(200);
    expect(finished.json().data).toMatchObject({ status: 'FINISHED', finish_reason: null });
    const [audit] = await t.database.sql`
      SELECT action FROM audit_events WHERE entity = 'season' AND entity_id = ${seasonId} ORDER BY seq DESC LIMIT 1`;
    expect(audit!.action).toBe('season.finish');

    // Frozen: no results, fixtures, matches, registrations, transfers or adjustments.
    expectError(await recordResult(t, pending.id, [11, 11, 11], [1, 1, 1]), 409, 'SEASON_NOT_ACTIVE');
    const write = (method: 'POST' | 'PATCH', url: string, payload: object) =>
      t.request({ method, url, as: 'admin', payload });
    for (const response of [
      await write('POST', '/api/v1/fixtures', {
        season_id: seasonId,
        round: 3,
        home_team_id: teams[0]!.id,
        guest_team_id: teams[1]!.id,
      }),
      await write('PATCH', `/api/v1/fixtures/${f2.id}`, { venue: 'Hall' }),
      await write('POST', '/api/v1/matches', {
        fixture_id: f2.id,
        match_order: 2,
        match_type: 'SINGLE',
        home_player1_id: g1.player_id,
        guest_player1_id: h2.player_id,
      }),
      await write('POST', `/api/v1/seasons/${seasonId}/players`, {
        player_id: (await newPlayer(t)).id,
        team_id: teams[0]!.id,
        rank_id: 'C1',
      }),
      await write('PATCH', `/api/v1/player-seasons/${h1.id}`, { display_order: 3 }),
      await write('POST', '/api/v1/points/adjust', {
        player_season_id: h1.id,
        delta_points: 5,
        reason: 'late',
      }),
    ]) {
      expectError(response, 409, 'SEASON_NOT_ACTIVE');
    }
    expectError(await finish(seasonId), 409, 'INVALID_SEASON_STATUS');

    const leaderboard = await getJson(t, `/api/v1/seasons/${seasonId}/leaderboard`);
    expect(leaderboard.final).toBe(true);
    expect(leaderboard.data[0]).toMatchObject({
      player_season_id: h1.id,
      position: 1,
      accumulated_points: 100,
    });
    expect((await getJson(t, `/api/v1/seasons/${seasonId}/standings`)).final).toBe(true);
    const lastRound = await getJson(t, `/api/v1/seasons/${seasonId}/rounds/2/leaderboard`);
    expect(lastRound.data.map((r: { position: number }) => r.position)).toEqual(
      leaderboard.data.map((r: { position: number }) => r.position),
    );
  });

  it('can be forced with a reason: audited, open rounds locked, no snapshot invented', async () => {
    const { seasonId, pending } = await leagueWithRounds();
    expect((await getJson(t, `/api/v1/seasons/${seasonId}/leaderboard`)).final).toBe(false);
    await roundAction(t, seasonId, 2, 'lock');
    expectError(await finish(seasonId, { force: true }), 400, 'MISSING_REQUIRED_FIELD');
    expectError(await finish(seasonId, { force: true, reason: '   ' }), 400, 'MISSING_REQUIRED_FIELD');

    const forced = await finish(seasonId, { force: true, reason: 'Venue closed for the summer' });
    expect(forced.statusCode, forced.body).toBe(200);
    expect(forced.json().data).toMatchObject({
      status: 'FINISHED',
      finish_reason: 'Venue closed for the summer',
    });
    const audit = await t.request({
      method: 'GET',
      url: `/api/v1/audit?action=season.finish_forced&entity_id=${seasonId}`,
      as: 'admin',
    });
    expect(audit.json().data).toHaveLength(1);
    expect(audit.json().data[0].after).toMatchObject({ finish_reason: 'Venue closed for the summer' });

    const rounds = (await getJson(t, `/api/v1/seasons/${seasonId}/rounds`)).data;
    expect(rounds.map((r: { round: number; status: string }) => [r.round, r.status])).toEqual([
      [1, 'LOCKED'],
      [2, 'LOCKED'],
    ]);
    expectError(
      await t.request({ method: 'GET', url: `/api/v1/seasons/${seasonId}/rounds/1/leaderboard` }),
      409,
      'ROUND_NOT_FINALIZED',
    );
    expectError(await roundAction(t, seasonId, 1, 'finalize'), 409, 'SEASON_NOT_ACTIVE');
    expectError(await roundAction(t, seasonId, 1, 'unlock'), 409, 'SEASON_NOT_ACTIVE');
    expectError(await recordResult(t, pending.id, [11, 11, 11], [1, 1, 1]), 409, 'SEASON_NOT_ACTIVE');
  });
});
