import { randomBytes } from 'node:crypto';
import { expect } from 'vitest';
import type { TestApp } from './app.js';

/** Builders that go through the API, so tests exercise the same paths a client does. */
const unique = () => randomBytes(3).toString('hex');

async function created<T>(
  t: TestApp,
  url: string,
  payload: object,
  as: 'admin' | 'moderator' = 'admin',
): Promise<T> {
  const response = await t.request({ method: 'POST', url, payload, as });
  expect(response.statusCode, `${url}: ${response.body}`).toBeLessThan(300);
  return response.json().data as T;
}

export interface TeamData {
  id: string;
  name: string;
}
export interface PlayerData {
  id: string;
  full_name: string;
}
export interface SeasonData {
  id: string;
  status: string;
  rules: Record<string, unknown>;
}
export interface PlayerSeasonData {
  id: string;
  player_id: string;
  team_id: string;
  accumulated_points: number;
  rating: number;
  rank_id: string;
}

export const newTeam = (t: TestApp, fields: Partial<{ name: string; short_name: string }> = {}) =>
  created<TeamData>(t, '/api/v1/teams', { name: `Team ${unique()}`, ...fields });

export const newPlayer = (t: TestApp, fields: Record<string, unknown> = {}) =>
  created<PlayerData>(t, '/api/v1/players', { full_name: `Player ${unique()}`, ...fields });

export async function newSeason(
  t: TestApp,
  options: { rules?: Record<string, unknown>; start?: boolean; name?: string } = {},
): Promise<SeasonData> {
  const season = await created<SeasonData>(t, '/api/v1/seasons', {
    name: options.name ?? `Season ${unique()}`,
    year: 2026,
    ...(options.rules ? { rules: options.rules } : {}),
  });
  if (!options.start) return season;
  return created<SeasonData>(t, `/api/v1/seasons/${season.id}/start`, {});
}

export const enterTeam = (t: TestApp, seasonId: string, teamId: string) =>
  created(t, `/api/v1/seasons/${seasonId}/teams`, { team_id: teamId });

export const registerPlayer = (
  t: TestApp,
  seasonId: string,
  fields: { player_id: string; team_id: string; rank_id?: string } & Record<string, unknown>,
) => created<PlayerSeasonData>(t, `/api/v1/seasons/${seasonId}/players`, { rank_id: 'B2', ...fields });

/** A season with two entered teams and `perTeam` registered players each. */
export async function newLeague(
  t: TestApp,
  options: { perTeam?: number; rules?: Record<string, unknown>; teams?: number } = {},
) {
  const season = await newSeason(t, { rules: options.rules, start: true });
  const teams: TeamData[] = [];
  const rosters: PlayerSeasonData[][] = [];
  for (let i = 0; i < (options.teams ?? 2); i++) {
    const team = await newTeam(t);
    await enterTeam(t, season.id, team.id);
    const roster: PlayerSeasonData[] = [];
    for (let j = 0; j < (options.perTeam ?? 2); j++) {
      const player = await newPlayer(t);
      roster.push(await registerPlayer(t, season.id, { player_id: player.id, team_id: team.id }));
    }
    teams.push(team);
    rosters.push(roster);
  }
  return { season, teams, rosters };
}

export interface FixtureData {
  id: string;
  season_id: string;
  round: number;
  status: string;
  home_score: number;
  guest_score: number;
}
export interface MatchData {
  id: string;
  fixture_id: string;
  home_sets: number[] | null;
  guest_sets: number[] | null;
  winner_team_id: string | null;
  point_before: Record<string, number> | null;
  point_after: Record<string, number> | null;
  rating_before: Record<string, number> | null;
  rating_after: Record<string, number> | null;
  rank_snapshot: Record<string, string> | null;
}

export const newFixture = (
  t: TestApp,
  fields: { season_id: string; home_team_id: string; guest_team_id: string; round?: number } & Record<
    string,
    unknown
  >,
) => created<FixtureData>(t, '/api/v1/fixtures', { round: 1, ...fields }, 'moderator');

/** A singles (one id a side) or doubles (two ids a side) match; ids are player ids. */
export const newMatch = (t: TestApp, fixtureId: string, order: number, home: string[], guest: string[]) =>
  created<MatchData>(
    t,
    '/api/v1/matches',
    {
      fixture_id: fixtureId,
      match_order: order,
      match_type: home.length === 2 ? 'DOUBLE' : 'SINGLE',
      home_player1_id: home[0],
      guest_player1_id: guest[0],
      ...(home.length === 2 ? { home_player2_id: home[1], guest_player2_id: guest[1] } : {}),
    },
    'moderator',
  );

export const recordResult = (
  t: TestApp,
  matchId: string,
  home_sets: number[],
  guest_sets: number[],
  headers: Record<string, string> = {},
) =>
  t.request({
    method: 'POST',
    url: `/api/v1/matches/${matchId}/result`,
    as: 'moderator',
    payload: { home_sets, guest_sets },
    headers,
  });

export async function integrity(t: TestApp) {
  const response = await t.request({ method: 'GET', url: '/api/v1/admin/integrity', as: 'admin' });
  expect(response.statusCode).toBe(200);
  return response.json().data as { ok: boolean; checked: number; violations: unknown[] };
}

/** Only one season may be ACTIVE: tests finish theirs so the next one can start. */
export const finishSeason = (t: TestApp, seasonId: string) =>
  t.request({
    method: 'POST',
    url: `/api/v1/seasons/${seasonId}/finish`,
    as: 'admin',
    payload: { force: true, reason: 'test over' },
  });

/** For an afterEach: finishes whichever season a test left ACTIVE, so the next test can start one. */
export async function finishActiveSeason(t: TestApp) {
  const active = await t.request({ method: 'GET', url: '/api/v1/seasons?status=ACTIVE' });
  for (const season of active.json().data as Array<{ id: string }>) await finishSeason(t, season.id);
}
