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
