import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './helpers/app.js';
import { newPlayer } from './helpers/factories.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  for (const full_name of [
    'Nguyễn Văn An',
    'Nguyễn Thị Hoa',
    'Lê Đức Thắng',
    'Phạm Minh Đức',
    'Peter Nguyen',
  ]) {
    await newPlayer(t, { full_name });
  }
});
afterAll(() => t.close());

const names = (body: { data: Array<{ full_name: string }> }) => body.data.map((p) => p.full_name).sort();

describe('player search', () => {
  it.each([
    ['nguyen', ['Nguyễn Thị Hoa', 'Nguyễn Văn An', 'Peter Nguyen']],
    ['NGUYỄN', ['Nguyễn Thị Hoa', 'Nguyễn Văn An', 'Peter Nguyen']],
    ['duc', ['Lê Đức Thắng', 'Phạm Minh Đức']],
    ['Đức', ['Lê Đức Thắng', 'Phạm Minh Đức']],
    ['thang', ['Lê Đức Thắng']],
    ['van an', ['Nguyễn Văn An']],
    ['zzz', []],
    ['%', []],
  ])('"%s" finds %j', async (q, expected) => {
    const response = await t.request({
      method: 'GET',
      url: `/api/v1/players/search?q=${encodeURIComponent(q)}`,
    });
    expect(response.statusCode).toBe(200);
    expect(names(response.json())).toEqual(expected);
  });

  it('requires a query', async () => {
    const response = await t.request({ method: 'GET', url: '/api/v1/players/search' });
    expect(response.statusCode).toBe(400);
    expect(response.json().error_code).toBe('MISSING_REQUIRED_FIELD');
  });

  it('uses the trigram index for the search', async () => {
    const plan = await t.database.sql
      .unsafe(
        `SET enable_seqscan = off; EXPLAIN SELECT id FROM players WHERE search_text(full_name) LIKE '%' || search_text('nguyen') || '%'`,
      )
      .simple();
    expect(JSON.stringify(plan)).toContain('idx_players_full_name_search');
  });
});

describe('personal data', () => {
  it('shows phone and cccd to an admin only', async () => {
    const created = await t.request({
      method: 'POST',
      url: '/api/v1/players',
      as: 'admin',
      payload: {
        full_name: 'Võ Thị Sáu',
        phone: '+84 912 345 678',
        cccd: '079123456789',
        birth_year: 1995,
        gender: 'FEMALE',
      },
    });
    expect(created.json().data).toMatchObject({ phone: '+84 912 345 678', cccd: '079123456789' });
    const id = created.json().data.id;

    for (const as of [undefined, 'viewer', 'moderator'] as const) {
      const one = await t.request({ method: 'GET', url: `/api/v1/players/${id}`, as });
      expect(one.json().data).not.toHaveProperty('phone');
      expect(one.json().data).not.toHaveProperty('cccd');
      const list = await t.request({ method: 'GET', url: '/api/v1/players?q=vo%20thi', as });
      expect(JSON.stringify(list.json())).not.toContain('079123456789');
    }
    const asAdmin = await t.request({ method: 'GET', url: `/api/v1/players/${id}`, as: 'admin' });
    expect(asAdmin.json().data.cccd).toBe('079123456789');

    const byModerator = await t.request({
      method: 'PATCH',
      url: `/api/v1/players/${id}`,
      as: 'moderator',
      payload: { birth_year: 1996 },
    });
    expect(byModerator.statusCode).toBe(200);
    expect(byModerator.json().data).not.toHaveProperty('cccd');
  });

  it('validates personal data formats', async () => {
    const response = await t.request({
      method: 'POST',
      url: '/api/v1/players',
      as: 'admin',
      payload: { full_name: 'A', cccd: 'abc' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error_code).toBe('INVALID_INPUT');
  });
});

describe('player updates', () => {
  it('updates with PUT and PATCH and 404s an unknown player', async () => {
    const player = await newPlayer(t);
    const put = await t.request({
      method: 'PUT',
      url: `/api/v1/players/${player.id}`,
      as: 'admin',
      payload: { full_name: 'Renamed Player', is_active: false },
    });
    expect(put.json().data).toMatchObject({ full_name: 'Renamed Player', is_active: false });
    const missing = await t.request({
      method: 'PATCH',
      url: '/api/v1/players/00000000-0000-4000-8000-000000000001',
      as: 'admin',
      payload: { full_name: 'Nobody' },
    });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error_code).toBe('PLAYER_NOT_FOUND');
  });
});
