import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './helpers/app.js';
import { enterTeam, newPlayer, newSeason, newTeam, registerPlayer } from './helpers/factories.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('teams', () => {
  it('creates a team, trimming and normalizing its name, and reads it back', async () => {
    const response = await t.request({
      method: 'POST',
      url: '/api/v1/teams',
      as: 'moderator',
      payload: { name: '  Hà   Nội Smashers ', short_name: 'HNS' },
    });
    expect(response.statusCode).toBe(201);
    const team = response.json().data;
    expect(team).toMatchObject({ name: 'Hà Nội Smashers', short_name: 'HNS', logo_url: null });
    const read = await t.request({ method: 'GET', url: `/api/v1/teams/${team.id}` });
    expect(read.json().data.name).toBe('Hà Nội Smashers');
  });

  it('refuses a second team with the same name in any case', async () => {
    await newTeam(t, { name: 'Saigon Spinners' });
    const response = await t.request({
      method: 'POST',
      url: '/api/v1/teams',
      as: 'admin',
      payload: { name: 'SAIGON spinners' },
    });
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({ error_code: 'TEAM_ALREADY_EXISTS' });
    expect(response.json().request_id).toBeTruthy();
  });

  it('refuses renaming onto an existing name', async () => {
    await newTeam(t, { name: 'Da Nang Loopers' });
    const other = await newTeam(t, { name: 'Hue Choppers' });
    const response = await t.request({
      method: 'PATCH',
      url: `/api/v1/teams/${other.id}`,
      as: 'admin',
      payload: { name: 'da nang loopers' },
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().error_code).toBe('TEAM_ALREADY_EXISTS');
    const unchanged = await t.request({ method: 'GET', url: `/api/v1/teams/${other.id}` });
    expect(unchanged.json().data.name).toBe('Hue Choppers');
  });

  it('lists with search (ignoring diacritics) and pagination', async () => {
    await newTeam(t, { name: 'Đồng Nai Dragons' });
    const found = await t.request({ method: 'GET', url: '/api/v1/teams?q=dong%20nai' });
    expect(found.json().data.map((team: { name: string }) => team.name)).toEqual(['Đồng Nai Dragons']);
    const page = await t.request({ method: 'GET', url: '/api/v1/teams?limit=2&offset=1' });
    expect(page.json().data).toHaveLength(2);
    expect(page.json().meta).toMatchObject({ limit: 2, offset: 1 });
    expect(page.json().meta.total).toBeGreaterThanOrEqual(4);
  });

  it('answers 404 for an unknown team and 400 for a malformed id', async () => {
    const missing = await t.request({
      method: 'GET',
      url: '/api/v1/teams/00000000-0000-4000-8000-000000000000',
    });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error_code).toBe('TEAM_NOT_FOUND');
    const malformed = await t.request({ method: 'GET', url: '/api/v1/teams/not-a-uuid' });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().error_code).toBe('INVALID_INPUT');
  });

  it('rejects unknown body fields and empty names', async () => {
    const extra = await t.request({
      method: 'POST',
      url: '/api/v1/teams',
      as: 'admin',
      payload: { name: 'X', colour: 'red' },
    });
    expect(extra.statusCode).toBe(400);
    expect(extra.json().error_code).toBe('INVALID_INPUT');
    const blank = await t.request({
      method: 'POST',
      url: '/api/v1/teams',
      as: 'admin',
      payload: { name: '   ' },
    });
    expect(blank.statusCode).toBe(400);
    const missing = await t.request({ method: 'POST', url: '/api/v1/teams', as: 'admin', payload: {} });
    expect(missing.json()).toMatchObject({
      error_code: 'MISSING_REQUIRED_FIELD',
      details: { field: 'name' },
    });
  });

  it('lists the members of a team in a season', async () => {
    const season = await newSeason(t);
    const team = await newTeam(t);
    await enterTeam(t, season.id, team.id);
    const player = await newPlayer(t, { full_name: 'Trần Văn Bình' });
    await registerPlayer(t, season.id, { player_id: player.id, team_id: team.id, rank_id: 'C1' });
    const response = await t.request({
      method: 'GET',
      url: `/api/v1/teams/${team.id}/members?season_id=${season.id}`,
    });
    expect(response.statusCode).toBe(200);
    expect(response.json().data).toEqual([
      expect.objectContaining({
        player_id: player.id,
        full_name: 'Trần Văn Bình',
        rank_id: 'C1',
        accumulated_points: 0,
        rating: 949.5,
      }),
    ]);
  });
});
