import { randomBytes } from 'node:crypto';
import { expect } from 'vitest';
import type { TestApp } from './app.js';
import { newLeague, type PlayerSeasonData } from './factories.js';

/** Builders for SPEC §6 tests: captains are plain VIEWER accounts with a captaincy. */
export interface Captain {
  id: string;
  token: string;
}

export async function newCaptain(t: TestApp, seasonId: string, teamId: string): Promise<Captain> {
  const user = await t.app.users.create(
    { userId: null, requestId: 'test-setup' },
    {
      email: `captain-${randomBytes(4).toString('hex')}@league.test`,
      password: 'captain-password',
      role: 'VIEWER',
    },
  );
  const response = await t.request({
    method: 'POST',
    url: `/api/v1/seasons/${seasonId}/teams/${teamId}/captains`,
    as: 'admin',
    payload: { user_id: user.id },
  });
  expect(response.statusCode, response.body).toBe(201);
  return { id: user.id, token: t.app.issueToken({ id: user.id, email: user.email, role: user.role }).token };
}

export const asCaptain = (t: TestApp, captain: Captain, options: Parameters<TestApp['request']>[0]) =>
  t.request({ ...options, headers: { ...options.headers, authorization: `Bearer ${captain.token}` } });

/** A season playing `format` with two teams of `perTeam` players, a fixture between them, and a captain each. */
export async function formatFixture(
  t: TestApp,
  rules: Record<string, unknown>,
  options: { perTeam?: number } = {},
) {
  const league = await newLeague(t, { perTeam: options.perTeam ?? 3, rules });
  const [home, guest] = league.teams;
  const fixture = await t.request({
    method: 'POST',
    url: '/api/v1/fixtures',
    as: 'moderator',
    payload: { season_id: league.season.id, round: 1, home_team_id: home!.id, guest_team_id: guest!.id },
  });
  expect(fixture.statusCode, fixture.body).toBe(201);
  const captains = {
    home: await newCaptain(t, league.season.id, home!.id),
    guest: await newCaptain(t, league.season.id, guest!.id),
  };
  return { ...league, fixture: fixture.json().data as { id: string }, captains };
}

export const positionsOf = (letters: string[], roster: PlayerSeasonData[]) =>
  Object.fromEntries(letters.map((letter, i) => [letter, roster[i]!.player_id]));

export function submitLineup(
  t: TestApp,
  who: Captain | 'moderator',
  fixtureId: string,
  side: 'home' | 'guest',
  payload: { positions: Record<string, string>; doubles?: string[] | null },
) {
  const options = { method: 'PUT' as const, url: `/api/v1/fixtures/${fixtureId}/lineups/${side}`, payload };
  return who === 'moderator' ? t.request({ ...options, as: 'moderator' }) : asCaptain(t, who, options);
}

export async function fixtureMatches(t: TestApp, fixtureId: string) {
  const response = await t.request({ method: 'GET', url: `/api/v1/fixtures/${fixtureId}/matches` });
  return response.json().data as Array<{
    id: string;
    match_order: number;
    match_type: string;
    home_position: string;
    guest_position: string;
    home_player1_id: string | null;
    home_player2_id: string | null;
    guest_player1_id: string | null;
    guest_player2_id: string | null;
    winner_team_id: string | null;
    forfeit_side: string | null;
  }>;
}

export async function fixtureOf(t: TestApp, fixtureId: string) {
  return (await t.request({ method: 'GET', url: `/api/v1/fixtures/${fixtureId}` })).json().data as {
    id: string;
    status: string;
    home_score: number;
    guest_score: number;
    confirmation: string | null;
    confirm_by: string | null;
    dispute_reason: string | null;
    division_id: string | null;
  };
}

/**
 * Row counts and a digest of every table: a refused request must leave all of them as they were. Not the
 * rate limiter's shared hit counters, which count every request, refused or not (that is their job).
 */
export async function databaseDigest(t: TestApp): Promise<string> {
  const tables = await t.database.sql<{ tablename: string }[]>`
    SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'rate_limit_hits'
     ORDER BY tablename`;
  const parts = tables.map(
    ({ tablename }) =>
      `SELECT '${tablename}' AS t, count(*) AS n, md5(coalesce(string_agg(x::text, '|' ORDER BY x::text), '')) AS h FROM "${tablename}" x`,
  );
  const rows = await t.database.sql.unsafe(parts.join(' UNION ALL '));
  return rows.map((row) => `${row.t}:${row.n}:${row.h}`).join('\n');
}

/** Sends a request that must be refused with `code`, and checks the database did not change. */
export async function refused(
  t: TestApp,
  // biome-ignore lint/suspicious/noExplicitAny: error bodies are read loosely by the tests
  send: () => Promise<{ statusCode: number; body: string; json(): any }>,
  status: number,
  code: string,
) {
  const before = await databaseDigest(t);
  const response = await send();
  expect(response.statusCode, response.body).toBe(status);
  expect(response.json().error_code, response.body).toBe(code);
  expect(await databaseDigest(t), `a refused request (${code}) changed the database`).toBe(before);
  return response;
}
