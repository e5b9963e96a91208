import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import type { LeagueEvent } from '../../src/modules/events/bus.js';
import type { TestApp } from './app.js';

type Role = 'admin' | 'moderator' | 'viewer';

/** Round lifecycle calls; they return the raw response so tests can assert refusals too. */
export const roundAction = (
  t: TestApp,
  seasonId: string,
  round: number,
  action: 'lock' | 'unlock' | 'finalize',
  as: Role | null = 'admin',
) =>
  t.request({
    method: 'POST',
    url: `/api/v1/seasons/${seasonId}/rounds/${round}/${action}`,
    as: as ?? undefined,
  });

/** Locks and finalizes a round, failing the test unless both succeed. */
export async function closeRound(t: TestApp, seasonId: string, round: number) {
  const locked = await roundAction(t, seasonId, round, 'lock');
  expect(locked.statusCode, locked.body).toBe(200);
  const finalized = await roundAction(t, seasonId, round, 'finalize');
  expect(finalized.statusCode, finalized.body).toBe(200);
  return finalized.json().data;
}

export const patchFixture = (t: TestApp, fixtureId: string, payload: object, as: Role = 'admin') =>
  t.request({ method: 'PATCH', url: `/api/v1/fixtures/${fixtureId}`, as, payload });

export const getJson = async (t: TestApp, url: string) => {
  const response = await t.request({ method: 'GET', url });
  expect(response.statusCode, `${url}: ${response.body}`).toBe(200);
  return response.json();
};

export function expectError(response: LightMyRequestResponse, status: number, code: string) {
  expect(response.statusCode, response.body).toBe(status);
  expect(response.json().error_code).toBe(code);
  return response.json();
}

/** Collects the league events published while a test runs. */
export function captureEvents(t: TestApp) {
  const events: LeagueEvent[] = [];
  const stop = t.app.events.subscribe((event) => events.push(event));
  return { events, stop, of: (type: string) => events.filter((event) => event.type === type) };
}
