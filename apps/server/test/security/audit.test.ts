import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { enterTeam, newPlayer, newSeason, newTeam, registerPlayer } from '../helpers/factories.js';
import { imageFile } from '../helpers/multipart.js';

let t: TestApp;
let uploadDir: string;
const ids = { admin: '', moderator: '' };

beforeAll(async () => {
  uploadDir = await mkdtemp(path.join(tmpdir(), 'pingpong-audit-'));
  t = await createTestApp({ UPLOAD_DIR: uploadDir });
  for (const role of ['admin', 'moderator'] as const) {
    ids[role] = (await t.request({ method: 'GET', url: '/api/v1/auth/me', as: role })).json().data.id;
  }
});
afterAll(async () => {
  await t.close();
  await rm(uploadDir, { recursive: true, force: true });
});

interface AuditRow {
  actor_id: string | null;
  action: string;
  entity: string;
  entity_id: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  request_id: string;
}

let requestCounter = 0;
/** Sends a write with its own request id and returns the response plus the audit rows carrying that id. */
async function audited(
  method: 'POST' | 'PATCH' | 'PUT',
  url: string,
  payload: object,
  as: 'admin' | 'moderator' = 'admin',
) {
  const requestId = `audit-test-${++requestCounter}`;
  const response = await t.request({ method, url, payload, as, headers: { 'x-request-id': requestId } });
  const rows = await t.database.sql<AuditRow[]>`
    SELECT actor_id, action, entity, entity_id, before, after, request_id
    FROM audit_events WHERE request_id = ${requestId}`;
  return { response, rows, requestId };
}

describe('every kind of write leaves exactly one audit event in its transaction', () => {
  it('teams: create and update, with before and after', async () => {
    const created = await audited('POST', '/api/v1/teams', { name: 'Audit Aces' }, 'moderator');
    expect(created.response.statusCode).toBe(201);
    const teamId = created.response.json().data.id;
    expect(created.rows).toEqual([
      expect.objectContaining({
        actor_id: ids.moderator,
        action: 'team.create',
        entity: 'team',
        entity_id: teamId,
        before: null,
        after: expect.objectContaining({ name: 'Audit Aces' }),
      }),
    ]);
    const updated = await audited('PATCH', `/api/v1/teams/${teamId}`, { name: 'Audit Aces II' });
    expect(updated.rows).toEqual([
      expect.objectContaining({
        actor_id: ids.admin,
        action: 'team.update',
        before: expect.objectContaining({ name: 'Audit Aces' }),
        after: expect.objectContaining({ name: 'Audit Aces II' }),
      }),
    ]);
  });

  it('players: create and update', async () => {
    const created = await audited('POST', '/api/v1/players', { full_name: 'Trần Văn Audit' }, 'moderator');
    const playerId = created.response.json().data.id;
    expect(created.rows).toEqual([expect.objectContaining({ action: 'player.create', entity_id: playerId })]);
    const updated = await audited('PATCH', `/api/v1/players/${playerId}`, { birth_year: 1990 });
    expect(updated.rows).toEqual([
      expect.objectContaining({
        action: 'player.update',
        before: expect.objectContaining({ birth_year: null }),
        after: expect.objectContaining({ birth_year: 1990 }),
      }),
    ]);
  });

  it('seasons: create, update, enter a team, start, finish', async () => {
    const created = await audited('POST', '/api/v1/seasons', { name: 'Audit Season', year: 2026 });
    const seasonId = created.response.json().data.id;
    const team = await newTeam(t);
    const steps = [
      { result: created, action: 'season.create' },
      {
        result: await audited('PATCH', `/api/v1/seasons/${seasonId}`, { name: 'Audit Season 2' }),
        action: 'season.update',
      },
      {
        result: await audited('POST', `/api/v1/seasons/${seasonId}/teams`, { team_id: team.id }),
        action: 'season.enter_team',
      },
      { result: await audited('POST', `/api/v1/seasons/${seasonId}/start`, {}), action: 'season.start' },
      {
        result: await audited('POST', `/api/v1/seasons/${seasonId}/finish`, {
          force: true,
          reason: 'audit test',
        }),
        action: 'season.finish_forced',
      },
    ];
    for (const { result, action } of steps) {
      expect(result.response.statusCode, result.response.body).toBeLessThan(300);
      expect(result.rows.map((row) => [row.action, row.actor_id])).toEqual([[action, ids.admin]]);
    }
  });

  it('registrations: register (with the opening points logged), update, transfer', async () => {
    const season = await newSeason(t);
    const [a, b] = [await newTeam(t), await newTeam(t)];
    await enterTeam(t, season.id, a.id);
    await enterTeam(t, season.id, b.id);
    const player = await newPlayer(t);
    const registered = await audited('POST', `/api/v1/seasons/${season.id}/players`, {
      player_id: player.id,
      team_id: a.id,
      rank_id: 'B2',
      opening_points: 120,
    });
    const id = registered.response.json().data.id;
    expect(registered.rows).toEqual([
      expect.objectContaining({ action: 'player_season.register', entity: 'player_season', entity_id: id }),
    ]);
    const updated = await audited('PATCH', `/api/v1/player-seasons/${id}`, { display_order: 3 });
    expect(updated.rows.map((row) => row.action)).toEqual(['player_season.update']);
    const transferred = await audited('PATCH', `/api/v1/player-seasons/${id}`, { team_id: b.id });
    expect(transferred.rows).toEqual([
      expect.objectContaining({
        action: 'player_season.transfer',
        before: expect.objectContaining({ team_id: a.id }),
        after: expect.objectContaining({ team_id: b.id }),
      }),
    ]);
  });

  it('users: create, update, role change; the password hash is never in the event', async () => {
    const created = await audited('POST', '/api/v1/users', {
      email: 'audited@league.test',
      password: 'a-long-password',
      role: 'VIEWER',
    });
    const userId = created.response.json().data.id;
    const renamed = await audited('PATCH', `/api/v1/users/${userId}`, {
      display_name: 'Auditor',
      password: 'another-password',
    });
    const promoted = await audited('PATCH', `/api/v1/users/${userId}`, { role: 'MODERATOR' });
    expect([created, renamed, promoted].map(({ rows }) => rows.map((row) => row.action))).toEqual([
      ['user.create'],
      ['user.update'],
      ['user.role_change'],
    ]);
    const all = JSON.stringify([created.rows, renamed.rows, promoted.rows]);
    expect(all).not.toMatch(/password|scrypt\$/);
  });

  it('ranks: update', async () => {
    const updated = await audited('PUT', '/api/v1/ranks/C2', { description: 'Audited tier' });
    expect(updated.rows).toEqual([
      expect.objectContaining({
        action: 'rank.update',
        entity: 'rank',
        entity_id: 'C2',
        after: expect.objectContaining({ description: 'Audited tier' }),
      }),
    ]);
  });

  it('uploads: one event naming the new image', async () => {
    const player = await newPlayer(t);
    const jpeg = await sharp({ create: { width: 8, height: 8, channels: 3, background: 'blue' } })
      .jpeg()
      .toBuffer();
    const response = await t.request({
      method: 'POST',
      url: `/api/v1/players/${player.id}/avatar`,
      as: 'moderator',
      ...imageFile('avatar', jpeg),
    });
    const rows = await t.database.sql<AuditRow[]>`
      SELECT * FROM audit_events WHERE request_id = ${String(response.headers['x-request-id'])}`;
    expect(rows).toEqual([
      expect.objectContaining({
        actor_id: ids.moderator,
        action: 'player.avatar_upload',
        entity_id: player.id,
        after: expect.objectContaining({ avatar_url: response.json().data.avatar_url }),
      }),
    ]);
  });

  it('a refused write leaves no event', async () => {
    await newTeam(t, { name: 'Only Once' });
    const duplicate = await audited('POST', '/api/v1/teams', { name: 'only once' });
    expect(duplicate.response.statusCode).toBe(409);
    const invalid = await audited('POST', '/api/v1/seasons', { name: 'x', year: 1 });
    expect(invalid.response.statusCode).toBe(400);
    expect([...duplicate.rows, ...invalid.rows]).toEqual([]);
  });
});

describe('GET /api/v1/audit', () => {
  let teamId: string;
  beforeAll(async () => {
    teamId = (await newTeam(t, { name: 'Filter Foxes' })).id;
    await t.request({
      method: 'PATCH',
      url: `/api/v1/teams/${teamId}`,
      as: 'moderator',
      payload: { short_name: 'FF' },
    });
  });

  const list = async (query: string) => {
    const response = await t.request({ method: 'GET', url: `/api/v1/audit?${query}`, as: 'admin' });
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as {
      data: Array<AuditRow & { seq: number; actor_email: string | null }>;
      meta: object;
    };
  };

  it('filters by entity and entity id, newest first, naming the actor', async () => {
    const { data, meta } = await list(`entity=team&entity_id=${teamId}`);
    expect(data.map((event) => [event.action, event.actor_email])).toEqual([
      ['team.update', 'moderator@league.test'],
      ['team.create', 'admin@league.test'],
    ]);
    expect(meta).toEqual({ total: 2, limit: 50, offset: 0 });
  });

  it('filters by actor and action, and pages', async () => {
    const byModerator = await list(`actor_id=${ids.moderator}&action=team.update`);
    expect(byModerator.data.length).toBeGreaterThan(0);
    expect(byModerator.data.every((e) => e.actor_id === ids.moderator && e.action === 'team.update')).toBe(
      true,
    );

    const all = await list('limit=200');
    const page = await list('limit=2&offset=1');
    expect(page.data.map((e) => e.seq)).toEqual(all.data.slice(1, 3).map((e) => e.seq));
    const seqs = all.data.map((e) => e.seq);
    expect(seqs).toEqual([...seqs].sort((x, y) => y - x));
  });

  it('filters by time range: from inclusive, to exclusive', async () => {
    const [newest] = (await list('limit=1')).data;
    const at = new Date(String((newest as unknown as { created_at: string }).created_at)).toISOString();
    expect((await list(`from=${encodeURIComponent(at)}`)).data.map((e) => e.seq)).toContain(newest!.seq);
    expect((await list(`to=${encodeURIComponent(at)}`)).data.map((e) => e.seq)).not.toContain(newest!.seq);
    expect((await list('from=2999-01-01T00:00:00Z')).data).toEqual([]);
  });

  it('refuses a limit over 200, a reversed range and malformed filters', async () => {
    for (const query of [
      'limit=201',
      'from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z',
      'actor_id=not-a-uuid',
      "entity=team';--",
      'from=yesterday',
    ]) {
      const response = await t.request({ method: 'GET', url: `/api/v1/audit?${query}`, as: 'admin' });
      expect(response.statusCode, query).toBe(400);
      expect(response.json().error_code).toBe('INVALID_INPUT');
    }
  });
});

describe('history is append-only at the database', () => {
  it('rejects UPDATE, DELETE and TRUNCATE on audit_events and player_point_logs, whoever asks', async () => {
    const season = await newSeason(t);
    const team = await newTeam(t);
    await enterTeam(t, season.id, team.id);
    await registerPlayer(t, season.id, {
      player_id: (await newPlayer(t)).id,
      team_id: team.id,
      opening_points: 50,
    });
    const { sql } = t.database;
    const counts = async () =>
      (
        await sql`SELECT (SELECT count(*) FROM audit_events) AS audit, (SELECT count(*) FROM player_point_logs) AS logs`
      )[0];
    const before = await counts();
    expect(Number(before?.logs)).toBeGreaterThan(0);

    for (const statement of [
      sql`UPDATE audit_events SET action = 'tampered'`,
      sql`DELETE FROM audit_events`,
      sql`TRUNCATE audit_events`,
      sql`UPDATE player_point_logs SET delta_points = 1000000`,
      sql`DELETE FROM player_point_logs`,
      sql`TRUNCATE player_point_logs CASCADE`,
    ]) {
      await expect(statement).rejects.toMatchObject({
        code: 'PPL01',
        message: expect.stringMatching(/append-only/),
      });
    }
    expect(await counts()).toEqual(before);
  });
});
