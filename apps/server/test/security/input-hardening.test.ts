import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { enterTeam, newPlayer, newSeason, newTeam } from '../helpers/factories.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const post = (url: string, payload: unknown, as: 'admin' | 'moderator' = 'admin') =>
  t.request({ method: 'POST', url, payload: payload as object, as });

async function expectInvalid(
  response: Awaited<ReturnType<typeof post>>,
  code: 'INVALID_INPUT' | 'MISSING_REQUIRED_FIELD' = 'INVALID_INPUT',
) {
  expect(response.statusCode, response.body).toBe(400);
  expect(response.json().error_code).toBe(code);
}

describe('names', () => {
  // "Nguyễn" typed with combining marks, as some phone keyboards send it.
  const decomposed = '  Nguye\u0302\u0303n   Văn  ';
  const composed = 'Nguyễn Văn';

  it('are stored trimmed, with inner runs of spaces collapsed, in NFC', async () => {
    const team = await post('/api/v1/teams', { name: decomposed, short_name: ' NV ' });
    expect(team.json().data).toMatchObject({ name: composed, short_name: 'NV' });
    const player = await post('/api/v1/players', { full_name: decomposed });
    expect(player.json().data.full_name).toBe(composed);
    const season = await post('/api/v1/seasons', { name: decomposed, year: 2026 });
    expect(season.json().data.name).toBe(composed);
    const user = await post('/api/v1/users', {
      email: 'Names@League.test',
      password: 'long-enough-1',
      role: 'VIEWER',
      display_name: decomposed,
    });
    expect(user.json().data).toMatchObject({ email: 'names@league.test', display_name: composed });
  });

  it.each([
    ['a NUL', 'Bad\u0000Name'],
    ['a bell', 'Bad\u0007'],
    ['a line break', 'Two\nLines'],
    ['a C1 control', 'Esc\u009B[31m'],
    ['a right-to-left override', 'Team\u202Egnp.exe'],
    ['only a zero-width space', '\u200B'],
    ['only spaces', '   '],
    ['only a no-break space', '\u00A0'],
    ['nothing', ''],
  ])('refuse %s', async (_what, name) => {
    await expectInvalid(await post('/api/v1/teams', { name }));
    await expectInvalid(await post('/api/v1/players', { full_name: name }));
  });

  it('accept Vietnamese, emoji and apostrophes', async () => {
    for (const name of ['Đặng Thị Ngọc Ánh', "O'Brien 🏓 Club", 'Ζήτα'])
      expect((await post('/api/v1/teams', { name })).statusCode).toBe(201);
  });
});

describe('bounds', () => {
  it.each([
    ['/api/v1/teams', { name: 'x'.repeat(101) }],
    ['/api/v1/teams', { name: 'ok', short_name: 'x'.repeat(21) }],
    ['/api/v1/players', { full_name: 'x'.repeat(121) }],
    ['/api/v1/players', { full_name: 'ok', birth_year: 1899 }],
    ['/api/v1/players', { full_name: 'ok', phone: '1'.repeat(21) }],
    ['/api/v1/players', { full_name: 'ok', cccd: '12345' }],
    ['/api/v1/seasons', { name: 'x'.repeat(121), year: 2026 }],
    ['/api/v1/seasons', { name: 'ok', year: 2101 }],
    ['/api/v1/seasons', { name: 'ok', year: 'NaN' }],
    ['/api/v1/seasons', { name: 'ok', year: 2026.5 }],
    ['/api/v1/seasons', { name: 'ok', year: 2026, rules: { best_of: 99 } }],
    ['/api/v1/seasons', { name: 'ok', year: 2026, rules: { elo_k: 1e308 } }],
    ['/api/v1/users', { email: `${'a'.repeat(250)}@x.io`, password: 'long-enough', role: 'VIEWER' }],
    ['/api/v1/users', { email: 'p@league.test', password: 'x'.repeat(201), role: 'VIEWER' }],
    ['/api/v1/users', { email: 'p@league.test', password: 'long-enough', role: 'ROOT' }],
    ['/api/v1/auth/login', { email: 'a@b.co', password: 'x'.repeat(201) }],
  ])('%s refuses %j', async (url, payload) => {
    const response = await post(url, payload);
    expect(response.statusCode, response.body).toBe(400);
    expect(response.json().error_code).toMatch(/^(INVALID_INPUT|MISSING_REQUIRED_FIELD)$/);
  });

  it('bounds registration numbers, and takes cents exactly (0.07 is a multiple of 0.01)', async () => {
    const season = await newSeason(t);
    const team = await newTeam(t);
    await enterTeam(t, season.id, team.id);
    const register = async (fields: object) =>
      post(`/api/v1/seasons/${season.id}/players`, {
        player_id: (await newPlayer(t)).id,
        team_id: team.id,
        rank_id: 'B2',
        ...fields,
      });
    for (const fields of [
      { opening_points: -1 },
      { opening_points: 100_000.01 },
      { opening_points: 0.001 },
      { rating: 10_000 },
      { display_order: 10_001 },
      { rank_id: 'B22' },
    ]) {
      await expectInvalid(await register(fields));
    }
    const cents = await register({ opening_points: 0.07, rating: 1234.29 });
    expect(cents.statusCode, cents.body).toBe(201);
    expect(cents.json().data).toMatchObject({ accumulated_points: 0.07, rating: 1234.29 });
  });

  it('keeps rank descriptions and finish reasons bounded, free of control characters, and normalized', async () => {
    await expectInvalid(
      await t.request({
        method: 'PUT',
        url: '/api/v1/ranks/B1',
        as: 'admin',
        payload: { description: 'x'.repeat(201) },
      }),
    );
    await expectInvalid(
      await t.request({
        method: 'PUT',
        url: '/api/v1/ranks/B1',
        as: 'admin',
        payload: { description: 'a\u0000b' },
      }),
    );
    const ok = await t.request({
      method: 'PUT',
      url: '/api/v1/ranks/B1',
      as: 'admin',
      payload: { description: '  Ha\u0300ng B1\n(second line)  ' },
    });
    expect(ok.json().data.description).toBe('Hàng B1\n(second line)');
  });

  it('caps every list at 200 rows', async () => {
    for (const url of [
      '/api/v1/teams',
      '/api/v1/players',
      '/api/v1/seasons',
      '/api/v1/users',
      '/api/v1/audit',
    ]) {
      for (const query of ['limit=201', 'limit=0', 'limit=-1', 'offset=-1', 'limit=abc']) {
        const response = await t.request({ method: 'GET', url: `${url}?${query}`, as: 'admin' });
        expect(response.statusCode, `${url}?${query}`).toBe(400);
        expect(response.json().error_code).toBe('INVALID_INPUT');
      }
      const max = await t.request({ method: 'GET', url: `${url}?limit=200`, as: 'admin' });
      expect(max.json().meta.limit).toBe(200);
    }
  });
});

describe('search text', () => {
  it('refuses control characters before they reach PostgreSQL', async () => {
    for (const url of ['/api/v1/teams?q=a%00b', '/api/v1/players?q=%07', '/api/v1/players/search?q=%C2%9B']) {
      const response = await t.request({ method: 'GET', url });
      expect(response.statusCode, url).toBe(400);
      expect(response.json().error_code).toBe('INVALID_INPUT');
    }
  });

  it('treats LIKE wildcards and quotes as plain text', async () => {
    await newTeam(t, { name: "50% O'Neil Club" });
    await newTeam(t, { name: 'Fifty Club' });
    const names = async (q: string) =>
      (await t.request({ method: 'GET', url: `/api/v1/teams?q=${encodeURIComponent(q)}` }))
        .json()
        .data.map((team: { name: string }) => team.name);
    expect(await names('%')).toEqual(["50% O'Neil Club"]);
    expect(await names("O'Neil")).toEqual(["50% O'Neil Club"]);
    expect(await names('_ifty')).toEqual([]);
  });
});

describe('bodies that are not the JSON we asked for', () => {
  it.each([
    ['malformed JSON', 'application/json', '{"name": '],
    ['JSON with a trailing comma', 'application/json', '{"name": "x",}'],
    ['two JSON documents', 'application/json', '{"name":"a"}{"name":"b"}'],
    ['an empty JSON body', 'application/json', ''],
    ['a JSON array', 'application/json', '[{"name":"x"}]'],
    ['a JSON string', 'application/json', '"x"'],
    ['prototype pollution', 'application/json', '{"name":"x","__proto__":{"role":"ADMIN"}}'],
    ['constructor pollution', 'application/json', '{"name":"x","constructor":{"prototype":{"a":1}}}'],
    ['text/plain', 'text/plain', '{"name":"x"}'],
    ['XML', 'application/xml', '<name>x</name>'],
    ['a form', 'application/x-www-form-urlencoded', 'name=x'],
    [
      'multipart',
      'multipart/form-data; boundary=b',
      '--b\r\nContent-Disposition: form-data; name="name"\r\n\r\nx\r\n--b--\r\n',
    ],
    ['no content type', undefined, '{"name":"x"}'],
  ])('answers 400 INVALID_INPUT to %s', async (_what, contentType, body) => {
    const response = await t.request({
      method: 'POST',
      url: '/api/v1/teams',
      as: 'admin',
      payload: body,
      headers: contentType ? { 'content-type': contentType } : {},
    });
    expect(response.statusCode, response.body).toBe(400);
    expect(response.json().error_code).toMatch(/^(INVALID_INPUT|MISSING_REQUIRED_FIELD)$/);
    expect(({} as Record<string, unknown>).role).toBeUndefined();
  });

  it('names an unknown field instead of dropping it', async () => {
    const response = await post('/api/v1/teams', { name: 'x', is_admin: true });
    expect(response.statusCode).toBe(400);
    expect(response.json().details.problems[0]).toMatchObject({ field: 'is_admin' });
  });

  it('answers 413 to a JSON body over 1 MiB', async () => {
    const response = await post('/api/v1/teams', { name: 'x'.repeat(1_100_000) });
    expect(response.statusCode).toBe(413);
    expect(response.json().error_code).toBe('PAYLOAD_TOO_LARGE');
  });
});

describe('URLs', () => {
  it.each([
    ['a malformed UUID', 'PATCH', '/api/v1/teams/not-a-uuid'],
    ['broken percent-encoding', 'PATCH', '/api/v1/teams/%E0%A4%A'],
    ['an invalid UTF-8 sequence', 'PATCH', '/api/v1/players/%FF%FE'],
    ['an over-long id', 'POST', `/api/v1/seasons/${'a'.repeat(500)}/start`],
    ['a NUL in the id', 'PATCH', '/api/v1/players/%00'],
    ['a path traversal', 'GET', '/api/v1/players/..%2F..%2Fusers'],
  ] as const)('answer 400 INVALID_INPUT with the error envelope for %s', async (_what, method, url) => {
    const response = await t.request({
      method,
      url,
      as: 'admin',
      ...(method === 'GET' ? {} : { payload: {} }),
    });
    expect(response.statusCode, response.body).toBe(400);
    expect(response.json()).toMatchObject({ error_code: 'INVALID_INPUT', request_id: expect.any(String) });
  });
});
