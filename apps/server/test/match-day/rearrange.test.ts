import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { LeagueEvent } from '../../src/modules/events/bus.js';
import { createTestApp } from '../helpers/app.js';
import { finishActiveSeason, recordResult } from '../helpers/factories.js';
import {
  asCaptain,
  fixtureMatches,
  fixtureOf,
  formatFixture,
  newCaptain,
  positionsOf,
  refused,
  submitLineup,
} from '../helpers/match-day.js';

const t = await createTestApp();
afterAll(() => t.close());
afterEach(() => finishActiveSeason(t));

const events: LeagueEvent[] = [];
t.app.events.subscribe((event) => events.push(event));
const typesFor = (fixtureId: string) => events.filter((e) => e.fixture_id === fixtureId).map((e) => e.type);
const auditFor = async (entityId: string) =>
  (await t.request({ method: 'GET', url: `/api/v1/audit?entity_id=${entityId}&limit=200`, as: 'admin' }))
    .json()
    .data.map((e: { action: string }) => e.action);

describe('postponement and rearrangement', () => {
  it('postpones at a captain’s request and reschedules when the other side accepts the proposed date', async () => {
    const f = await formatFixture(t, { format: 'WORLD_TEAM' });
    const url = (step: string) => `/api/v1/fixtures/${f.fixture.id}/${step}`;
    const proposed = '2026-11-12T12:30:00.000Z';
    await refused(
      t,
      () => asCaptain(t, f.captains.home, { method: 'POST', url: url('postpone'), payload: {} }),
      400,
      'MISSING_REQUIRED_FIELD',
    );
    const postponed = await asCaptain(t, f.captains.home, {
      method: 'POST',
      url: url('postpone'),
      payload: { reason: 'Hall closed for Tết', proposed_at: proposed },
    });
    expect(postponed.statusCode, postponed.body).toBe(200);
    expect(postponed.json().data).toMatchObject({
      status: 'POSTPONED',
      proposed_at: proposed,
      proposed_by_team_id: f.teams[0]!.id,
    });
    // The proposer cannot accept its own date; the other side only the proposed one.
    await refused(
      t,
      () =>
        asCaptain(t, f.captains.home, {
          method: 'POST',
          url: url('reschedule'),
          payload: { scheduled_at: proposed },
        }),
      403,
      'FORBIDDEN',
    );
    await refused(
      t,
      () =>
        asCaptain(t, f.captains.guest, {
          method: 'POST',
          url: url('reschedule'),
          payload: { scheduled_at: '2026-11-13T12:30:00.000Z' },
        }),
      403,
      'FORBIDDEN',
    );
    const accepted = await asCaptain(t, f.captains.guest, {
      method: 'POST',
      url: url('reschedule'),
      payload: { scheduled_at: proposed },
    });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json().data).toMatchObject({
      status: 'SCHEDULED',
      scheduled_at: proposed,
      round: 1,
      proposed_at: null,
    });
    // A moderator moves it anywhere, with a venue.
    const moved = await t.request({
      method: 'POST',
      url: url('reschedule'),
      as: 'moderator',
      payload: { scheduled_at: '2026-11-20T12:00:00.000Z', venue: 'Sân Hoàng Mai' },
    });
    expect(moved.json().data).toMatchObject({
      scheduled_at: '2026-11-20T12:00:00.000Z',
      venue: 'Sân Hoàng Mai',
    });
    // fixture_updated is the fixture's creation.
    expect(typesFor(f.fixture.id)).toEqual([
      'fixture_updated',
      'fixture_postponed',
      'fixture_rescheduled',
      'fixture_rescheduled',
    ]);
    expect(await auditFor(f.fixture.id)).toEqual(
      expect.arrayContaining(['fixture.postpone', 'fixture.reschedule']),
    );
    // The reason is kept with the step: the fixture itself has no column for it.
    const audit = (
      await t.request({
        method: 'GET',
        url: `/api/v1/audit?entity_id=${f.fixture.id}&limit=200`,
        as: 'admin',
      })
    ).json().data as { action: string; after: { reason?: string; status?: string } }[];
    expect(audit.find((e) => e.action === 'fixture.postpone')?.after).toMatchObject({
      status: 'POSTPONED',
      reason: 'Hall closed for Tết',
    });

    // A fixture with results cannot be postponed.
    await submitLineup(t, 'moderator', f.fixture.id, 'home', {
      positions: positionsOf(['A', 'B', 'C'], f.rosters[0]!),
    });
    await submitLineup(t, 'moderator', f.fixture.id, 'guest', {
      positions: positionsOf(['X', 'Y', 'Z'], f.rosters[1]!),
    });
    const [first] = await fixtureMatches(t, f.fixture.id);
    await recordResult(t, first!.id, [11, 11, 11], [1, 1, 1]);
    await refused(
      t,
      () =>
        asCaptain(t, f.captains.guest, { method: 'POST', url: url('postpone'), payload: { reason: 'x' } }),
      409,
      'FIXTURE_NOT_EDITABLE',
    );
    expect(typesFor(f.fixture.id)).toEqual(expect.arrayContaining(['lineup_submitted', 'result_recorded']));
  });
});

describe('forfeits and captains', () => {
  it('forfeits in a FREE season, refuses a recorded match, and publishes match_forfeited', async () => {
    const f = await formatFixture(t, { forfeit_win_points: 25.5 });
    const match = await t.request({
      method: 'POST',
      url: '/api/v1/matches',
      as: 'moderator',
      payload: {
        fixture_id: f.fixture.id,
        match_order: 1,
        match_type: 'SINGLE',
        home_player1_id: f.rosters[0]![0]!.player_id,
        guest_player1_id: f.rosters[1]![0]!.player_id,
      },
    });
    const id = match.json().data.id;
    const forfeit = await asCaptain(t, f.captains.guest, {
      method: 'POST',
      url: `/api/v1/matches/${id}/forfeit`,
      payload: { side: 'home', reason: 'Late' },
    });
    expect(forfeit.statusCode, forfeit.body).toBe(200);
    expect(forfeit.json().data).toMatchObject({
      winner_team_id: f.teams[1]!.id,
      home_sets: [0, 0, 0],
      guest_sets: [0, 0, 0],
    });
    expect(forfeit.json().data.point_after[f.rosters[1]![0]!.player_id]).toBe(25.5);
    // No rating moved, nobody's played counters either.
    const guest = (
      await t.request({ method: 'GET', url: `/api/v1/player-seasons/${f.rosters[1]![0]!.id}` })
    ).json().data;
    expect(guest).toMatchObject({
      accumulated_points: 25.5,
      rating: f.rosters[1]![0]!.rating,
      matches_played: 0,
    });
    await refused(
      t,
      () =>
        asCaptain(t, f.captains.guest, {
          method: 'POST',
          url: `/api/v1/matches/${id}/forfeit`,
          payload: { side: 'home', reason: 'x' },
        }),
      409,
      'MATCH_ALREADY_RECORDED',
    );
    expect(typesFor(f.fixture.id)).toContain('match_forfeited');
    expect(await fixtureOf(t, f.fixture.id)).toMatchObject({ status: 'COMPLETED', guest_score: 1 });
    // The team table counts it: the guest won the fixture 1-0, with 3-0 games and no balls.
    const table = (await t.request({ method: 'GET', url: `/api/v1/seasons/${f.season.id}/standings` })).json()
      .data;
    expect(table[0]).toMatchObject({
      team_id: f.teams[1]!.id,
      won: 1,
      sets_won: 3,
      sets_lost: 0,
      balls_won: 0,
    });
    expect(await auditFor(id)).toContain('match.forfeit');
  });

  it('appoints and removes captains, listed on /auth/me; refuses what it must', async () => {
    const f = await formatFixture(t, { format: 'WORLD_TEAM' });
    const base = `/api/v1/seasons/${f.season.id}/teams/${f.teams[0]!.id}/captains`;
    const me = await asCaptain(t, f.captains.home, { method: 'GET', url: '/api/v1/auth/me' });
    expect(me.json().data.captaincies).toEqual([
      {
        season_id: f.season.id,
        season_name: expect.any(String),
        team_id: f.teams[0]!.id,
        team_name: f.teams[0]!.name,
      },
    ]);
    await refused(
      t,
      () => t.request({ method: 'POST', url: base, as: 'admin', payload: { user_id: f.captains.home.id } }),
      409,
      'CAPTAIN_ALREADY_APPOINTED',
    );
    await refused(
      t,
      () => t.request({ method: 'POST', url: base, as: 'admin', payload: { user_id: crypto.randomUUID() } }),
      404,
      'USER_NOT_FOUND',
    );
    await refused(
      t,
      () =>
        t.request({
          method: 'POST',
          url: `/api/v1/seasons/${f.season.id}/teams/${crypto.randomUUID()}/captains`,
          as: 'admin',
          payload: { user_id: f.captains.home.id },
        }),
      400,
      'TEAM_NOT_IN_SEASON',
    );
    const second = await newCaptain(t, f.season.id, f.teams[0]!.id);
    const teamCaptains = `/api/v1/teams/${f.teams[0]!.id}/captains?season_id=${f.season.id}`;
    const listed = await t.request({ method: 'GET', url: teamCaptains, as: 'admin' });
    expect(listed.statusCode, listed.body).toBe(200);
    expect(listed.json().data.season_id).toBe(f.season.id);
    expect(
      listed
        .json()
        .data.captains.map((c: { user_id: string }) => c.user_id)
        .sort(),
    ).toEqual([f.captains.home.id, second.id].sort());
    // Accounts are an admin's business: a moderator, the captain himself and the public are refused.
    expect((await t.request({ method: 'GET', url: teamCaptains, as: 'moderator' })).statusCode).toBe(403);
    expect((await asCaptain(t, f.captains.home, { method: 'GET', url: teamCaptains })).statusCode).toBe(403);
    expect((await t.request({ method: 'GET', url: teamCaptains })).statusCode).toBe(401);
    for (const [url, code] of [
      [`/api/v1/teams/${crypto.randomUUID()}/captains`, 'TEAM_NOT_FOUND'],
      [`/api/v1/teams/${f.teams[0]!.id}/captains?season_id=${crypto.randomUUID()}`, 'SEASON_NOT_FOUND'],
    ] as const) {
      const missing = await t.request({ method: 'GET', url, as: 'admin' });
      expect(missing.statusCode, url).toBe(404);
      expect(missing.json().error_code).toBe(code);
    }
    const removed = await t.request({ method: 'DELETE', url: `${base}/${f.captains.home.id}`, as: 'admin' });
    expect(removed.statusCode, removed.body).toBe(200);
    expect(removed.json().data.map((c: { user_id: string }) => c.user_id)).toEqual([second.id]);
    const after = (await t.request({ method: 'GET', url: teamCaptains, as: 'admin' })).json().data.captains;
    expect(after.map((c: { user_id: string }) => c.user_id)).toEqual([second.id]);
    await refused(
      t,
      () => t.request({ method: 'DELETE', url: `${base}/${f.captains.home.id}`, as: 'admin' }),
      404,
      'CAPTAIN_NOT_FOUND',
    );
    // Without the captaincy the account is a plain viewer again.
    await refused(
      t,
      () =>
        submitLineup(t, f.captains.home, f.fixture.id, 'home', {
          positions: positionsOf(['A', 'B', 'C'], f.rosters[0]!),
        }),
      403,
      'FORBIDDEN',
    );
    expect(await auditFor(f.season.id)).toBeDefined();
  });

  it('refuses a captain’s result in a LOCKED round', async () => {
    const f = await formatFixture(t, { format: 'WORLD_TEAM' });
    await submitLineup(t, 'moderator', f.fixture.id, 'home', {
      positions: positionsOf(['A', 'B', 'C'], f.rosters[0]!),
    });
    await submitLineup(t, 'moderator', f.fixture.id, 'guest', {
      positions: positionsOf(['X', 'Y', 'Z'], f.rosters[1]!),
    });
    await t.request({ method: 'POST', url: `/api/v1/seasons/${f.season.id}/rounds/1/lock`, as: 'admin' });
    const [first] = await fixtureMatches(t, f.fixture.id);
    await refused(
      t,
      () =>
        asCaptain(t, f.captains.home, {
          method: 'POST',
          url: `/api/v1/matches/${first!.id}/result`,
          payload: { home_sets: [11, 11, 11], guest_sets: [1, 1, 1] },
        }),
      409,
      'ROUND_LOCKED',
    );
  });
});

describe('cache invalidation follows what the use case published', () => {
  it('adds league_changed only to writes that published nothing themselves', async () => {
    const f = await formatFixture(t, { format: 'WORLD_TEAM' });
    const since = events.length;
    const team = await t.request({
      method: 'POST',
      url: '/api/v1/teams',
      as: 'moderator',
      payload: { name: `Cache ${Date.now()}` },
    });
    expect(team.statusCode).toBe(201);
    expect(events.slice(since).map((e) => e.type)).toEqual(['league_changed']);

    const before = events.length;
    await submitLineup(t, 'moderator', f.fixture.id, 'home', {
      positions: positionsOf(['A', 'B', 'C'], f.rosters[0]!),
    });
    expect(events.slice(before).map((e) => e.type)).toEqual(['lineup_submitted']);

    const refusedAt = events.length;
    await t.request({ method: 'POST', url: '/api/v1/teams', as: 'moderator', payload: { name: '' } });
    expect(events.length).toBe(refusedAt);
  });
});
