import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './helpers/app.js';
import { finishSeason, newFixture, newLeague, newMatch, recordResult } from './helpers/factories.js';
import { formatFixture, positionsOf, submitLineup } from './helpers/match-day.js';

let t: TestApp;
let baseUrl: string;

beforeAll(async () => {
  // Streams need real HTTP; a short heartbeat lets the test see one.
  t = await createTestApp({}, { listen: true, heartbeatMs: 100 });
  baseUrl = t.baseUrl;
});
afterAll(() => t.close());

/** Reads server-sent events until `until` says stop; returns the events seen. */
async function readEvents(
  response: Response,
  until: (events: Array<{ event: string; data: string }>, raw: string) => boolean,
) {
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let raw = '';
  const events: Array<{ event: string; data: string }> = [];
  while (!until(events, raw)) {
    const { value, done } = await reader.read();
    if (done) break;
    raw += decoder.decode(value, { stream: true });
    events.length = 0;
    for (const block of raw.split('\n\n')) {
      const event = /^event: (.+)$/m.exec(block)?.[1];
      const data = /^data: (.+)$/m.exec(block)?.[1];
      if (event && data) events.push({ event, data });
    }
  }
  await reader.cancel();
  return { events, raw };
}

describe('match-day events (SPEC §6)', () => {
  it('streams lineup_submitted (the side, never the positions) and fixture_postponed', async () => {
    const f = await formatFixture(t, { format: 'WORLD_TEAM' });
    const response = await fetch(`${baseUrl}/api/v1/seasons/${f.season.id}/events`);
    const reading = readEvents(response, (events) => events.some((e) => e.event === 'fixture_postponed'));
    await new Promise((resolve) => setTimeout(resolve, 50));
    await submitLineup(t, f.captains.home, f.fixture.id, 'home', {
      positions: positionsOf(['A', 'B', 'C'], f.rosters[0]!),
    });
    await t.request({
      method: 'POST',
      url: `/api/v1/fixtures/${f.fixture.id}/postpone`,
      as: 'moderator',
      payload: { reason: 'Rain on the roof' },
    });
    const { events } = await reading;
    const lineup = events.find((e) => e.event === 'lineup_submitted')!;
    expect(JSON.parse(lineup.data)).toMatchObject({ fixture_id: f.fixture.id, side: 'home' });
    expect(lineup.data).not.toContain(f.rosters[0]![0]!.player_id);
    await finishSeason(t, f.season.id);
  });
});

describe('live season events', () => {
  it('streams result_recorded, result_voided and points_adjusted with the ids to refresh, plus heartbeats', async () => {
    const { season, teams, rosters } = await newLeague(t, { perTeam: 1 });
    const fixture = await newFixture(t, {
      season_id: season.id,
      home_team_id: teams[0]!.id,
      guest_team_id: teams[1]!.id,
    });
    const match = await newMatch(t, fixture.id, 1, [rosters[0]![0]!.player_id], [rosters[1]![0]!.player_id]);

    const response = await fetch(`${baseUrl}/api/v1/seasons/${season.id}/events`);
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    const reading = readEvents(response, (events, raw) => events.length >= 3 && raw.includes(': heartbeat'));
    await new Promise((resolve) => setTimeout(resolve, 50));

    expect((await recordResult(t, match.id, [11, 11, 11], [1, 1, 1])).statusCode).toBe(200);
    await t.request({
      method: 'POST',
      url: `/api/v1/matches/${match.id}/result/void`,
      as: 'admin',
      payload: { reason: 'typo' },
    });
    await t.request({
      method: 'POST',
      url: '/api/v1/points/adjust',
      as: 'admin',
      payload: { player_season_id: rosters[0]![0]!.id, delta_points: 3, reason: 'bonus' },
    });

    const { events, raw } = await reading;
    expect(events.map((e) => e.event)).toEqual(['result_recorded', 'result_voided', 'points_adjusted']);
    expect(JSON.parse(events[0]!.data)).toMatchObject({
      season_id: season.id,
      fixture_id: fixture.id,
      match_id: match.id,
      round: 1,
    });
    expect(JSON.parse(events[0]!.data).player_season_ids).toHaveLength(2);
    expect(raw).toContain(': heartbeat');
    await finishSeason(t, season.id);
  });

  it('does not send another season its events and forgets clients that disconnect', async () => {
    const { season } = await newLeague(t, { perTeam: 1 });
    const listenersBefore = t.app.eventStreams.size;
    const controller = new AbortController();
    const response = await fetch(`${baseUrl}/api/v1/seasons/${season.id}/events`, {
      signal: controller.signal,
    });
    expect(response.status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(t.app.eventStreams.size).toBe(listenersBefore + 1);
    controller.abort();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(t.app.eventStreams.size).toBe(listenersBefore);
    await finishSeason(t, season.id);
  });

  it('404s the stream of an unknown season', async () => {
    const response = await fetch(`${baseUrl}/api/v1/seasons/00000000-0000-4000-8000-000000000000/events`);
    expect(response.status).toBe(404);
    expect(((await response.json()) as { error_code: string }).error_code).toBe('SEASON_NOT_FOUND');
  });
});
