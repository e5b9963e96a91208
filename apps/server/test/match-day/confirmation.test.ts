import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { createTestApp } from '../helpers/app.js';
import { finishActiveSeason } from '../helpers/factories.js';
import {
  asCaptain,
  type Captain,
  fixtureMatches,
  fixtureOf,
  formatFixture,
  positionsOf,
  refused,
  submitLineup,
} from '../helpers/match-day.js';

/** A clock the tests move: crossing a fractional confirmation_hours deadline without waiting for it. */
let offsetMs = 0;
const t = await createTestApp({}, { clock: () => new Date(Date.now() + offsetMs) });
afterAll(() => t.close());
afterEach(async () => {
  offsetMs = 0;
  await finishActiveSeason(t);
});

const WIN = [11, 11, 11];
const LOSS = [5, 5, 5];

/** A CORBILLON fixture (stops when decided) completed 3-0 from the home captain's entries. */
async function completedByHomeCaptain(hours = 0.25) {
  const f = await formatFixture(
    t,
    { format: 'CORBILLON', result_confirmation: 'OPPONENT', confirmation_hours: hours },
    { perTeam: 2 },
  );
  const [home, guest] = f.rosters;
  await submitLineup(t, f.captains.home, f.fixture.id, 'home', {
    positions: positionsOf(['A', 'B'], home!),
    doubles: [home![0]!.player_id, home![1]!.player_id],
  });
  await submitLineup(t, f.captains.guest, f.fixture.id, 'guest', {
    positions: positionsOf(['X', 'Y'], guest!),
    doubles: [guest![0]!.player_id, guest![1]!.player_id],
  });
  for (const m of (await fixtureMatches(t, f.fixture.id)).slice(0, 3)) {
    const response = await asCaptain(t, f.captains.home, {
      method: 'POST',
      url: `/api/v1/matches/${m.id}/result`,
      payload: { home_sets: WIN, guest_sets: LOSS },
    });
    expect(response.statusCode, response.body).toBe(200);
  }
  return f;
}

const post = (who: Captain | 'admin' | 'moderator', url: string, payload?: object) =>
  who === 'admin' || who === 'moderator'
    ? t.request({ method: 'POST', url, as: who, ...(payload ? { payload } : {}) })
    : asCaptain(t, who, { method: 'POST', url, ...(payload ? { payload } : {}) });

describe('confirmation by the opponent', () => {
  it('waits for the other captain, with a deadline from a fractional confirmation_hours', async () => {
    const before = Date.now();
    const f = await completedByHomeCaptain(0.25);
    const fixture = await fixtureOf(t, f.fixture.id);
    expect(fixture).toMatchObject({ status: 'COMPLETED', home_score: 3, confirmation: 'PENDING' });
    const deadline = new Date(fixture.confirm_by!).getTime();
    // 0.25 h = 15 minutes after completion.
    expect(deadline - before).toBeGreaterThanOrEqual(15 * 60_000);
    expect(deadline - Date.now()).toBeLessThanOrEqual(15 * 60_000);

    // The captain who entered the results cannot confirm them.
    await refused(
      t,
      () => post(f.captains.home, `/api/v1/fixtures/${f.fixture.id}/confirm`),
      403,
      'FORBIDDEN',
    );
    // A round with a PENDING fixture cannot be finalized.
    const lock = await t.request({
      method: 'POST',
      url: `/api/v1/seasons/${f.season.id}/rounds/1/lock`,
      as: 'admin',
    });
    expect(lock.statusCode, lock.body).toBe(200);
    await refused(
      t,
      () =>
        t.request({ method: 'POST', url: `/api/v1/seasons/${f.season.id}/rounds/1/finalize`, as: 'admin' }),
      409,
      'FIXTURE_UNCONFIRMED',
    );

    // 14 minutes on: still pending. 16 minutes on: confirmed at once on read, then written by the sweep.
    offsetMs = 14 * 60_000;
    expect((await fixtureOf(t, f.fixture.id)).confirmation).toBe('PENDING');
    offsetMs = 16 * 60_000;
    expect((await fixtureOf(t, f.fixture.id)).confirmation).toBe('CONFIRMED');
    const stored = await t.database.sql`SELECT confirmation FROM fixtures WHERE id = ${f.fixture.id}`;
    expect(stored[0]!.confirmation).toBe('PENDING');
    expect(await t.app.matchDay.sweep()).toBe(1);
    const swept = await t.database.sql`SELECT confirmation FROM fixtures WHERE id = ${f.fixture.id}`;
    expect(swept[0]!.confirmation).toBe('CONFIRMED');
    // Past the deadline nothing is pending any more.
    await refused(
      t,
      () => post(f.captains.guest, `/api/v1/fixtures/${f.fixture.id}/dispute`, { reason: 'late' }),
      409,
      'FIXTURE_NOT_PENDING',
    );
    const finalized = await t.request({
      method: 'POST',
      url: `/api/v1/seasons/${f.season.id}/rounds/1/finalize`,
      as: 'admin',
    });
    expect(finalized.statusCode, finalized.body).toBe(200);
  });

  it('confirms by the other captain, even while the round is LOCKED; a confirmed fixture is closed to captains', async () => {
    const f = await completedByHomeCaptain();
    await t.request({ method: 'POST', url: `/api/v1/seasons/${f.season.id}/rounds/1/lock`, as: 'admin' });
    const confirmed = await post(f.captains.guest, `/api/v1/fixtures/${f.fixture.id}/confirm`);
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    expect(confirmed.json().data).toMatchObject({ confirmation: 'CONFIRMED', confirm_by: null });
    await t.request({ method: 'POST', url: `/api/v1/seasons/${f.season.id}/rounds/1/unlock`, as: 'admin' });
    const [first] = await fixtureMatches(t, f.fixture.id);
    await refused(
      t,
      () => post(f.captains.home, `/api/v1/matches/${first!.id}/result/void`, { reason: 'oops' }),
      403,
      'FORBIDDEN',
    );
    const audit = (
      await t.request({
        method: 'GET',
        url: `/api/v1/audit?entity=fixture&entity_id=${f.fixture.id}`,
        as: 'admin',
      })
    ).json().data;
    expect(audit.map((e: { action: string }) => e.action)).toContain('fixture.confirm');
  });

  it('disputes, lists, corrects and resolves', async () => {
    const f = await completedByHomeCaptain();
    await refused(
      t,
      () => post('admin', `/api/v1/fixtures/${f.fixture.id}/resolve`, { note: 'x' }),
      409,
      'FIXTURE_NOT_DISPUTED',
    );
    const disputed = await post(f.captains.guest, `/api/v1/fixtures/${f.fixture.id}/dispute`, {
      reason: 'Match 2 was 3-2 to us',
    });
    expect(disputed.statusCode, disputed.body).toBe(200);
    expect(disputed.json().data).toMatchObject({
      confirmation: 'DISPUTED',
      dispute_reason: 'Match 2 was 3-2 to us',
    });
    const queue = (await t.request({ method: 'GET', url: '/api/v1/admin/disputes', as: 'admin' })).json();
    expect(queue.data.map((d: { id: string }) => d.id)).toContain(f.fixture.id);

    // The admin corrects match 2 (void, record again); the fixture stays DISPUTED until resolved.
    const second = (await fixtureMatches(t, f.fixture.id))[1]!;
    expect(
      (await post('admin', `/api/v1/matches/${second.id}/result/void`, { reason: 'dispute' })).statusCode,
    ).toBe(200);
    await refused(
      t,
      () => post('admin', `/api/v1/fixtures/${f.fixture.id}/resolve`, { note: 'x' }),
      409,
      'FIXTURE_NOT_EDITABLE',
    );
    const rerecorded = await t.request({
      method: 'POST',
      url: `/api/v1/matches/${second.id}/result`,
      as: 'admin',
      payload: { home_sets: [5, 5, 11, 11, 5], guest_sets: [11, 11, 5, 5, 11] },
    });
    expect(rerecorded.statusCode, rerecorded.body).toBe(200);
    expect(await fixtureOf(t, f.fixture.id)).toMatchObject({ status: 'ONGOING', confirmation: 'DISPUTED' });
    const [, , , fourth] = await fixtureMatches(t, f.fixture.id);
    await post('moderator', `/api/v1/matches/${fourth!.id}/result`, { home_sets: WIN, guest_sets: LOSS });
    expect(await fixtureOf(t, f.fixture.id)).toMatchObject({
      status: 'COMPLETED',
      home_score: 3,
      guest_score: 1,
      confirmation: 'DISPUTED',
    });
    const resolved = await post('admin', `/api/v1/fixtures/${f.fixture.id}/resolve`, {
      note: 'Match 2 corrected to 2-3',
    });
    expect(resolved.statusCode, resolved.body).toBe(200);
    expect(resolved.json().data.confirmation).toBe('CONFIRMED');
    const audit = await t.request({
      method: 'GET',
      url: `/api/v1/audit?entity_id=${f.fixture.id}&action=fixture.resolve`,
      as: 'admin',
    });
    expect(audit.json().data.map((e: { after: { note?: string } }) => e.after.note)).toEqual([
      'Match 2 corrected to 2-3',
    ]);
  });

  it('leaves exactly one outcome when confirm and dispute race', async () => {
    for (let attempt = 0; attempt < 3; attempt++) {
      const f = await completedByHomeCaptain();
      const [confirm, dispute] = await Promise.all([
        post(f.captains.guest, `/api/v1/fixtures/${f.fixture.id}/confirm`),
        post(f.captains.guest, `/api/v1/fixtures/${f.fixture.id}/dispute`, { reason: 'no' }),
      ]);
      const codes = [confirm.statusCode, dispute.statusCode].sort();
      expect(codes, `${confirm.body} ${dispute.body}`).toEqual([200, 409]);
      const winner = confirm.statusCode === 200 ? 'CONFIRMED' : 'DISPUTED';
      expect((await fixtureOf(t, f.fixture.id)).confirmation).toBe(winner);
      const events = await t.database.sql`
        SELECT action FROM audit_events WHERE entity_id = ${f.fixture.id} AND action IN ('fixture.confirm', 'fixture.dispute')`;
      expect(events).toHaveLength(1);
      await finishActiveSeason(t);
    }
  });

  it('confirms results entered by MODERATOR+ at once', async () => {
    const f = await formatFixture(t, { format: 'WORLD_TEAM', result_confirmation: 'OPPONENT' });
    await submitLineup(t, 'moderator', f.fixture.id, 'home', {
      positions: positionsOf(['A', 'B', 'C'], f.rosters[0]!),
    });
    await submitLineup(t, 'moderator', f.fixture.id, 'guest', {
      positions: positionsOf(['X', 'Y', 'Z'], f.rosters[1]!),
    });
    for (const m of (await fixtureMatches(t, f.fixture.id)).slice(0, 3)) {
      await post('moderator', `/api/v1/matches/${m.id}/result`, { home_sets: WIN, guest_sets: LOSS });
    }
    expect(await fixtureOf(t, f.fixture.id)).toMatchObject({
      status: 'COMPLETED',
      confirmation: 'CONFIRMED',
    });
  });
});
