import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './helpers/app.js';
import {
  finishActiveSeason,
  integrity,
  newFixture,
  newLeague,
  newMatch,
  recordResult,
} from './helpers/factories.js';
import {
  captureEvents,
  closeRound,
  expectError,
  getJson,
  patchFixture,
  roundAction,
} from './helpers/rounds.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

afterEach(() => finishActiveSeason(t));

/** Two teams of two; round 1 has fixture `f1`, round 2 has `f2` (teams swapped). */
async function twoRounds() {
  const league = await newLeague(t, { perTeam: 2 });
  const [home, guest] = league.teams;
  const fixture = (round: number, swap = false) =>
    newFixture(t, {
      season_id: league.season.id,
      round,
      home_team_id: swap ? guest!.id : home!.id,
      guest_team_id: swap ? home!.id : guest!.id,
    });
  const f1 = await fixture(1);
  const f2 = await fixture(2, true);
  const [h1, h2] = league.rosters[0]!;
  const [g1, g2] = league.rosters[1]!;
  return { ...league, seasonId: league.season.id, fixture, f1, f2, h1: h1!, h2: h2!, g1: g1!, g2: g2! };
}

const sql = () => t.database.sql;
const rounds = (seasonId: string) => getJson(t, `/api/v1/seasons/${seasonId}/rounds`);

describe('the round list', () => {
  it('shows each round with its status and fixture counts', async () => {
    const { seasonId, f1, f2, h1, g1, h2, g2, fixture } = await twoRounds();
    const m1 = await newMatch(t, f1.id, 1, [h1.player_id], [g1.player_id]);
    expect((await recordResult(t, m1.id, [11, 11, 11], [3, 4, 5])).statusCode).toBe(200);
    const extra = await fixture(2);
    await patchFixture(t, extra.id, { status: 'POSTPONED' });
    await newMatch(t, f2.id, 1, [g2.player_id], [h2.player_id]);

    const list = await rounds(seasonId);
    expect(list.meta).toEqual({ total: 2, limit: 50, offset: 0 });
    expect(list.data).toMatchObject([
      {
        round: 1,
        status: 'OPEN',
        fixture_count: 1,
        completed_count: 1,
        postponed_count: 0,
        walkover_count: 0,
        pending_count: 0,
        can_finalize: false,
        locked_at: null,
        finalized_at: null,
      },
      {
        round: 2,
        status: 'OPEN',
        fixture_count: 2,
        completed_count: 0,
        postponed_count: 1,
        pending_count: 1,
      },
    ]);
    expect(f2.id).toBeTruthy();
    const one = await getJson(t, `/api/v1/seasons/${seasonId}/rounds/2`);
    expect(one.data).toEqual(list.data[1]);
    expect((await getJson(t, `/api/v1/seasons/${seasonId}/rounds?limit=1&offset=1`)).data).toHaveLength(1);
  });
});

describe('OPEN → LOCKED → FINALIZED', () => {
  it('locks, finalizes once, and publishes round_locked and round_finalized after commit', async () => {
    const { seasonId, f1, h1, g1 } = await twoRounds();
    const m1 = await newMatch(t, f1.id, 1, [h1.player_id], [g1.player_id]);
    await recordResult(t, m1.id, [11, 11, 11], [3, 4, 5]);
    const capture = captureEvents(t);

    expectError(await roundAction(t, seasonId, 1, 'finalize'), 409, 'ROUND_NOT_LOCKED');
    const locked = await roundAction(t, seasonId, 1, 'lock');
    expect(locked.json()).toMatchObject({
      message: 'Round locked',
      data: { status: 'LOCKED', can_finalize: true },
    });
    expect(locked.json().data.locked_at).toBeTruthy();
    expect((await roundAction(t, seasonId, 1, 'lock')).json().message).toBe('Round already locked');

    const finalized = await roundAction(t, seasonId, 1, 'finalize');
    expect(finalized.statusCode).toBe(200);
    expect(finalized.json()).toMatchObject({
      message: 'Round finalized',
      data: { round: 1, status: 'FINALIZED', can_finalize: false, rank_changes: [] },
    });
    const again = await roundAction(t, seasonId, 1, 'finalize');
    expect(again.json().message).toBe('Round already finalized');
    expect(again.json().data).toEqual(finalized.json().data);

    const [playerRows] = await sql()`
      SELECT count(*)::int AS players FROM player_round_standings WHERE season_id = ${seasonId} AND round = 1`;
    expect(playerRows!.players).toBe(4);
    const [teamRows] = await sql()`
      SELECT count(*)::int AS teams FROM team_round_standings WHERE season_id = ${seasonId} AND round = 1`;
    expect(teamRows!.teams).toBe(2);
    const audits = await sql()`
      SELECT action FROM audit_events WHERE entity = 'round' ORDER BY seq`;
    expect(audits.map((row) => row.action)).toEqual(['round.lock', 'round.finalize']);

    capture.stop();
    expect(capture.of('round_locked')).toMatchObject([{ season_id: seasonId, round: 1 }]);
    expect(capture.of('round_finalized')).toMatchObject([{ season_id: seasonId, round: 1 }]);
    expect((await integrity(t)).ok).toBe(true);
  });

  it('snapshots once when finalize requests race', async () => {
    const { seasonId, f1 } = await twoRounds();
    await patchFixture(t, f1.id, { status: 'POSTPONED' });
    await roundAction(t, seasonId, 1, 'lock');
    const answers = await Promise.all(
      Array.from({ length: 6 }, () => roundAction(t, seasonId, 1, 'finalize')),
    );
    expect(answers.map((a) => a.statusCode)).toEqual(Array(6).fill(200));
    expect(answers.filter((a) => a.json().message === 'Round finalized')).toHaveLength(1);
    const [snapshotRows] = await sql()`
      SELECT count(*)::int AS count FROM player_round_standings WHERE season_id = ${seasonId}`;
    expect(snapshotRows!.count).toBe(4);
  });

  it('finalizes rounds in order', async () => {
    const { seasonId, f2 } = await twoRounds();
    await patchFixture(t, f2.id, { status: 'POSTPONED' });
    await roundAction(t, seasonId, 2, 'lock');
    const refused = expectError(
      await roundAction(t, seasonId, 2, 'finalize'),
      409,
      'PREVIOUS_ROUND_NOT_FINALIZED',
    );
    expect(refused.details).toEqual({ round: 2, rounds: [{ round: 1, status: 'OPEN' }] });
    const list = await rounds(seasonId);
    expect(list.data.map((r: { can_finalize: boolean }) => r.can_finalize)).toEqual([false, false]);
  });

  it('unlocks a round locked too early, so results flow again', async () => {
    const { seasonId, f1, h1, g1 } = await twoRounds();
    const m1 = await newMatch(t, f1.id, 1, [h1.player_id], [g1.player_id]);
    await roundAction(t, seasonId, 1, 'lock');
    expectError(await recordResult(t, m1.id, [11, 11, 11], [1, 2, 3]), 409, 'ROUND_LOCKED');
    const capture = captureEvents(t);
    const unlocked = await roundAction(t, seasonId, 1, 'unlock');
    expect(unlocked.json()).toMatchObject({
      message: 'Round unlocked',
      data: { status: 'OPEN', locked_at: null },
    });
    expect((await roundAction(t, seasonId, 1, 'unlock')).json().message).toBe('Round already open');
    capture.stop();
    expect(capture.of('round_unlocked')).toHaveLength(1);
    expect((await recordResult(t, m1.id, [11, 11, 11], [1, 2, 3])).statusCode).toBe(200);
  });
});

describe('a LOCKED round', () => {
  it('refuses results, voids, new matches and fixture edits, yet lets an admin postpone or walk over', async () => {
    const { seasonId, teams, f1, f2, h1, h2, g1, g2, fixture } = await twoRounds();
    const recorded = await newMatch(t, f1.id, 1, [h1.player_id], [g1.player_id]);
    const open = await newMatch(t, f1.id, 2, [h2.player_id], [g2.player_id]);
    await recordResult(t, recorded.id, [11, 11, 11], [5, 5, 5]);
    const spare = await fixture(1, true);
    const walkover = await fixture(1);
    await roundAction(t, seasonId, 1, 'lock');
    const before = await getJson(t, `/api/v1/seasons/${seasonId}/leaderboard`);

    expectError(await recordResult(t, open.id, [11, 11, 11], [5, 5, 5]), 409, 'ROUND_LOCKED');
    expectError(
      await t.request({
        method: 'POST',
        url: `/api/v1/matches/${recorded.id}/result/void`,
        as: 'admin',
        payload: { reason: 'typo' },
      }),
      409,
      'ROUND_LOCKED',
    );
    await expect(newMatchStatus(f1.id, 3, h1.player_id, g2.player_id)).resolves.toBe('ROUND_LOCKED');
    const created = await t.request({
      method: 'POST',
      url: '/api/v1/fixtures',
      as: 'moderator',
      payload: { season_id: seasonId, round: 1, home_team_id: teams[0]!.id, guest_team_id: teams[1]!.id },
    });
    expectError(created, 409, 'ROUND_LOCKED');
    expectError(await patchFixture(t, spare.id, { venue: 'Hall C' }), 409, 'ROUND_LOCKED');
    expectError(await patchFixture(t, spare.id, { status: 'POSTPONED', venue: 'x' }), 409, 'ROUND_LOCKED');
    expectError(await patchFixture(t, spare.id, { status: 'POSTPONED' }, 'moderator'), 409, 'ROUND_LOCKED');
    expectError(await patchFixture(t, f2.id, { round: 1 }), 409, 'ROUND_LOCKED');
    expectError(await patchFixture(t, spare.id, { round: 3 }), 409, 'ROUND_LOCKED');

    const notReady = expectError(await roundAction(t, seasonId, 1, 'finalize'), 409, 'ROUND_NOT_READY');
    expect(notReady.details.round).toBe(1);
    expect(
      notReady.details.fixtures.map((f: { id: string; status: string }) => [f.id, f.status]).sort(),
    ).toEqual(
      [
        [f1.id, 'ONGOING'],
        [spare.id, 'SCHEDULED'],
        [walkover.id, 'SCHEDULED'],
      ].sort(),
    );
    expect(notReady.details.fixtures[0]).toHaveProperty('home_team_name');

    expect((await patchFixture(t, spare.id, { status: 'POSTPONED' })).json().data.status).toBe('POSTPONED');
    const awarded = await patchFixture(t, walkover.id, {
      status: 'WALKOVER',
      walkover_winner_team_id: teams[1]!.id,
    });
    expect(awarded.json().data).toMatchObject({ status: 'WALKOVER', home_score: 0, guest_score: 5 });
    expect((await patchFixture(t, f1.id, { status: 'POSTPONED' })).json().data.status).toBe('POSTPONED');

    expect(await getJson(t, `/api/v1/seasons/${seasonId}/leaderboard`)).toEqual(before);
    expect((await roundAction(t, seasonId, 1, 'finalize')).statusCode).toBe(200);
    expect((await integrity(t)).ok).toBe(true);
  });
});

async function newMatchStatus(fixtureId: string, order: number, home: string, guest: string) {
  const response = await t.request({
    method: 'POST',
    url: '/api/v1/matches',
    as: 'moderator',
    payload: {
      fixture_id: fixtureId,
      match_order: order,
      match_type: 'SINGLE',
      home_player1_id: home,
      guest_player1_id: guest,
    },
  });
  expect(response.statusCode, response.body).toBe(409);
  return response.json().error_code as string;
}

describe('a FINALIZED round', () => {
  it('refuses every change to its fixtures and matches, for ever, down to the database', async () => {
    const { seasonId, teams, f1, f2, h1, h2, g1, g2, fixture } = await twoRounds();
    const recorded = await newMatch(t, f1.id, 1, [h1.player_id], [g1.player_id]);
    await recordResult(t, recorded.id, [11, 11, 11], [5, 5, 5]);
    const later = await fixture(1, true);
    const unplayed = await newMatch(t, later.id, 1, [g2.player_id], [h2.player_id]);
    await patchFixture(t, later.id, { status: 'POSTPONED' });
    await closeRound(t, seasonId, 1);

    expectError(await recordResult(t, unplayed.id, [11, 11, 11], [5, 5, 5]), 409, 'ROUND_FINALIZED');
    expectError(
      await t.request({
        method: 'POST',
        url: `/api/v1/matches/${recorded.id}/result/void`,
        as: 'admin',
        payload: { reason: 'too late' },
      }),
      409,
      'ROUND_FINALIZED',
    );
    await expect(newMatchStatus(f1.id, 2, h2.player_id, g2.player_id)).resolves.toBe('ROUND_FINALIZED');
    const created = await t.request({
      method: 'POST',
      url: '/api/v1/fixtures',
      as: 'admin',
      payload: { season_id: seasonId, round: 1, home_team_id: teams[0]!.id, guest_team_id: teams[1]!.id },
    });
    expectError(created, 409, 'ROUND_FINALIZED');
    expectError(await patchFixture(t, later.id, { status: 'SCHEDULED' }), 409, 'ROUND_FINALIZED');
    expectError(await patchFixture(t, later.id, { status: 'POSTPONED' }), 409, 'ROUND_FINALIZED');
    expectError(
      await patchFixture(t, later.id, { status: 'WALKOVER', walkover_winner_team_id: teams[0]!.id }),
      409,
      'ROUND_FINALIZED',
    );
    expectError(await patchFixture(t, later.id, { venue: 'Elsewhere' }), 409, 'ROUND_FINALIZED');
    expectError(await patchFixture(t, later.id, { round: 2 }), 409, 'ROUND_FINALIZED');
    expectError(await patchFixture(t, f2.id, { round: 1 }), 409, 'ROUND_FINALIZED');
    expectError(await roundAction(t, seasonId, 1, 'lock'), 409, 'ROUND_FINALIZED');
    expectError(await roundAction(t, seasonId, 1, 'unlock'), 409, 'ROUND_FINALIZED');

    // Even a direct SQL session cannot reopen the round or rewrite what it stored.
    const refusals = [
      sql()`UPDATE rounds SET status = 'OPEN' WHERE season_id = ${seasonId} AND round = 1`,
      sql()`DELETE FROM rounds WHERE season_id = ${seasonId} AND round = 1`,
      sql()`UPDATE player_round_standings SET position = 99 WHERE season_id = ${seasonId}`,
      sql()`DELETE FROM team_round_standings WHERE season_id = ${seasonId}`,
      sql()`UPDATE player_rank_history SET reason = 'X'`,
      sql()`TRUNCATE player_round_standings`,
    ];
    for (const attempt of refusals) await expect(attempt).rejects.toThrow();
    expect((await getJson(t, `/api/v1/seasons/${seasonId}/rounds/1`)).data.status).toBe('FINALIZED');
  });
});

describe('who may drive rounds, and bad input', () => {
  it('lets only an admin lock, unlock or finalize', async () => {
    const { seasonId } = await twoRounds();
    for (const action of ['lock', 'unlock', 'finalize'] as const) {
      expectError(await roundAction(t, seasonId, 1, action, null), 401, 'UNAUTHORIZED');
      expectError(await roundAction(t, seasonId, 1, action, 'viewer'), 403, 'FORBIDDEN');
      expectError(await roundAction(t, seasonId, 1, action, 'moderator'), 403, 'FORBIDDEN');
    }
    expect((await getJson(t, `/api/v1/seasons/${seasonId}/rounds/1`)).data.status).toBe('OPEN');
  });

  it('answers 400 for a malformed id or round, 404 for unknown ones, 409 for a table not stored yet', async () => {
    const { seasonId } = await twoRounds();
    const missing = '00000000-0000-4000-8000-000000000000';
    for (const url of [
      `/api/v1/seasons/not-a-uuid/rounds`,
      `/api/v1/seasons/${seasonId}/rounds/0`,
      `/api/v1/seasons/${seasonId}/rounds/abc`,
      `/api/v1/seasons/${seasonId}/rounds/1000`,
      `/api/v1/seasons/${seasonId}/rounds/1/leaderboard?limit=0`,
    ]) {
      expectError(await t.request({ method: 'GET', url }), 400, 'INVALID_INPUT');
    }
    expectError(
      await t.request({ method: 'GET', url: `/api/v1/seasons/${missing}/rounds` }),
      404,
      'SEASON_NOT_FOUND',
    );
    expectError(await roundAction(t, missing, 1, 'lock'), 404, 'SEASON_NOT_FOUND');
    expectError(await roundAction(t, seasonId, 77, 'lock'), 404, 'ROUND_NOT_FOUND');
    expectError(await roundAction(t, seasonId, 77, 'finalize'), 404, 'ROUND_NOT_FOUND');
    expectError(
      await t.request({ method: 'GET', url: `/api/v1/seasons/${seasonId}/rounds/77/leaderboard` }),
      404,
      'ROUND_NOT_FOUND',
    );
    const notYet = await t.request({ method: 'GET', url: `/api/v1/seasons/${seasonId}/rounds/1/standings` });
    expect(expectError(notYet, 409, 'ROUND_NOT_FINALIZED').details).toEqual({ round: 1, status: 'OPEN' });
  });
});

describe('the OpenAPI document', () => {
  it('lists the round, history and statistics endpoints with their error responses', async () => {
    const doc = (await t.request({ method: 'GET', url: '/api/v1/openapi.json' })).json() as {
      paths: Record<string, Record<string, { responses: Record<string, unknown> }>>;
    };
    const expected: Array<[string, string, string[]]> = [
      ['get', '/api/v1/seasons/{id}/rounds', ['200', '400', '404']],
      ['get', '/api/v1/seasons/{id}/rounds/{round}', ['200', '404']],
      ['post', '/api/v1/seasons/{id}/rounds/{round}/lock', ['200', '401', '403', '404', '409']],
      ['post', '/api/v1/seasons/{id}/rounds/{round}/unlock', ['200', '401', '403', '404', '409']],
      ['post', '/api/v1/seasons/{id}/rounds/{round}/finalize', ['200', '401', '403', '404', '409']],
      ['get', '/api/v1/seasons/{id}/rounds/{round}/leaderboard', ['200', '404', '409']],
      ['get', '/api/v1/seasons/{id}/rounds/{round}/standings', ['200', '404', '409']],
      ['get', '/api/v1/players/{id}/history', ['200', '404']],
      ['get', '/api/v1/players/{id}/matches', ['200', '404']],
      ['get', '/api/v1/players/{id}/point-logs', ['200', '404']],
      ['get', '/api/v1/players/{id}/stats', ['200', '404']],
      ['get', '/api/v1/head-to-head', ['200', '400', '404']],
      ['get', '/api/v1/teams/{id}/stats', ['200', '404']],
    ];
    for (const [method, path, statuses] of expected) {
      const operation = doc.paths[path]?.[method];
      expect(operation, `${method} ${path}`).toBeDefined();
      expect(Object.keys(operation!.responses)).toEqual(expect.arrayContaining(statuses));
    }
  });
});
