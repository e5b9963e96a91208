import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { createTestApp } from '../helpers/app.js';
import {
  finishActiveSeason,
  newFixture,
  newLeague,
  newPlayer,
  newSeason,
  newTeam,
} from '../helpers/factories.js';
import { refused } from '../helpers/match-day.js';
import { multipartBody } from '../helpers/multipart.js';

/** SPEC §6, last paragraph: requests exactly as the original system's client sends them. */
const uploadDir = await mkdtemp(path.join(tmpdir(), 'pingpong-compat-'));
const t = await createTestApp({ UPLOAD_DIR: uploadDir });
afterAll(async () => {
  await t.close();
  await rm(uploadDir, { recursive: true, force: true });
});
afterEach(() => finishActiveSeason(t));

const post = (url: string, payload: object, as: 'admin' | 'moderator' = 'moderator') =>
  t.request({ method: 'POST', url: `/api/v1${url}`, as, payload });

describe('the original client', () => {
  it('sends avatar_url on players and logo_url on teams (absolute http/https only)', async () => {
    const player = await post('/players', {
      full_name: 'Nguyễn Văn An',
      avatar_url: 'https://cdn.example.vn/a.jpg',
    });
    expect(player.statusCode, player.body).toBe(201);
    expect(player.json().data.avatar_url).toBe('https://cdn.example.vn/a.jpg');
    const team = await post('/teams', { name: 'CLB Cầu Giấy', logo_url: 'http://example.vn/logo.png' });
    expect(team.statusCode, team.body).toBe(201);
    expect(team.json().data.logo_url).toBe('http://example.vn/logo.png');
    for (const bad of [
      'javascript:alert(1)',
      '/uploads/x.webp',
      'data:image/png;base64,AAAA',
      'ftp://x.vn/a.png',
    ]) {
      await refused(t, () => post('/players', { full_name: 'X', avatar_url: bad }), 400, 'INVALID_INPUT');
      await refused(t, () => post('/teams', { name: `T ${bad}`, logo_url: bad }), 400, 'INVALID_INPUT');
    }
  });

  it('sends handicap_snapshot (also null) when creating a match; the server keeps its own', async () => {
    const { season, teams, rosters } = await newLeague(t);
    const fixture = await newFixture(t, {
      season_id: season.id,
      home_team_id: teams[0]!.id,
      guest_team_id: teams[1]!.id,
    });
    for (const [order, snapshot] of [
      [1, null],
      [2, { home_start: 3 }],
    ] as const) {
      const match = await post('/matches', {
        fixture_id: fixture.id,
        match_order: order,
        match_type: 'SINGLE',
        home_player1_id: rosters[0]![order - 1]!.player_id,
        guest_player1_id: rosters[1]![order - 1]!.player_id,
        handicap_snapshot: snapshot,
      });
      expect(match.statusCode, match.body).toBe(201);
      // handicap_per_rank_step is 0 in this season: no handicap, whatever the client claims.
      expect(match.json().data.handicap_snapshot).toBeNull();
    }
  });

  it('uploads an avatar at POST /players/avatar/upload with avatar and user_id', async () => {
    const player = await newPlayer(t);
    const image = await sharp({ create: { width: 64, height: 64, channels: 3, background: '#c00' } })
      .png()
      .toBuffer();
    const form = (parts: Parameters<typeof multipartBody>[0]) => {
      const { payload, headers } = multipartBody(parts);
      return t.request({
        method: 'POST',
        url: '/api/v1/players/avatar/upload',
        as: 'moderator',
        payload,
        headers,
      });
    };
    const uploaded = await form([
      { field: 'user_id', data: player.id },
      { field: 'avatar', filename: 'me.png', contentType: 'image/png', data: image },
    ]);
    expect(uploaded.statusCode, uploaded.body).toBe(200);
    const avatar = uploaded.json().data.avatar_url as string;
    expect(avatar).toMatch(/\.webp$/);
    expect((await t.request({ method: 'GET', url: avatar })).statusCode).toBe(200);
    await refused(
      t,
      () => form([{ field: 'avatar', filename: 'me.png', contentType: 'image/png', data: image }]),
      400,
      'MISSING_REQUIRED_FIELD',
    );
    await refused(
      t,
      () =>
        form([
          { field: 'user_id', data: crypto.randomUUID() },
          { field: 'avatar', filename: 'a.png', contentType: 'image/png', data: image },
        ]),
      404,
      'PLAYER_NOT_FOUND',
    );
    await refused(
      t,
      () =>
        form([
          { field: 'user_id', data: 'not-a-uuid' },
          { field: 'avatar', filename: 'a.png', contentType: 'image/png', data: image },
        ]),
      400,
      'INVALID_INPUT',
    );
  });

  it('reads rank (= position) on leaderboard rows', async () => {
    const { season } = await newLeague(t);
    const rows = (await t.request({ method: 'GET', url: `/api/v1/seasons/${season.id}/leaderboard` })).json()
      .data;
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.rank).toBe(row.position);
  });

  it('registers a player into a team not yet in a season without divisions, which enters the team', async () => {
    const season = await newSeason(t);
    const team = await newTeam(t);
    const player = await newPlayer(t);
    const registered = await post(
      `/seasons/${season.id}/players`,
      { player_id: player.id, team_id: team.id, rank_id: 'C1' },
      'admin',
    );
    expect(registered.statusCode, registered.body).toBe(201);
    const teams = (await t.request({ method: 'GET', url: `/api/v1/seasons/${season.id}/teams` })).json().data;
    expect(teams.map((row: { team_id: string }) => row.team_id)).toEqual([team.id]);
    // With divisions the team must be entered in one first.
    const divided = await newSeason(t);
    await post(`/seasons/${divided.id}/divisions`, { name: 'A', level: 1 }, 'admin');
    await refused(
      t,
      () =>
        post(
          `/seasons/${divided.id}/players`,
          { player_id: player.id, team_id: team.id, rank_id: 'C1' },
          'admin',
        ),
      400,
      'TEAM_NOT_IN_SEASON',
    );
  });
});
