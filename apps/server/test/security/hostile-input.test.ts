import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../helpers/app.js';
import { newLeague } from '../helpers/factories.js';
import { hostileBody, NASTY_STRINGS, RAW_BODIES, type SchemaContext } from '../helpers/hostile.js';
import {
  fillPath,
  isEventStream,
  isWrite,
  type JsonSchema,
  type Operation,
  operations,
} from '../helpers/openapi.js';

/**
 * Every route, as ADMIN, gets bodies, queries and path parameters generated from its own schema and then
 * broken: wrong types, huge and deeply nested values, injection strings, bad bytes, wrong content types.
 * The server must never answer 5xx, every 4xx must carry an error code, and a refused request must leave
 * the database exactly as it was.
 */
/** FUZZ_RUNS=20 runs twenty times as many cases (a deeper search before a release). */
const RUNS = Math.max(1, Number(process.env.FUZZ_RUNS) || 1);

const t = await createTestApp({
  RATE_LIMIT_MAX: '1000000',
  LOGIN_RATE_LIMIT_MAX: '10000',
  LOGIN_MAX_FAILURES: '1000',
  UPLOAD_DIR: `/tmp/pingpong-hostile-${randomUUID()}`,
});
afterAll(() => t.close());

// Finishing the season would leave every later route facing a closed one, so those routes go last.
const ends = (op: Operation) => (/\/finish$/.test(op.path) ? 1 : 0);
const ops = (await operations(t)).filter((op) => !isEventStream(op)).sort((a, b) => ends(a) - ends(b));
const doc = (await t.request({ method: 'GET', url: '/api/v1/openapi.json' })).json() as {
  components?: { schemas?: Record<string, JsonSchema> };
};

const ids: Record<string, string> = {};
beforeAll(async () => {
  const { season, teams, rosters } = await newLeague(t, { perTeam: 1 });
  const target = await t.request({
    method: 'POST',
    url: '/api/v1/users',
    as: 'admin',
    payload: { email: 'fuzz-target@league.test', password: 'fuzz-target-password', role: 'VIEWER' },
  });
  Object.assign(ids, {
    seasons: season.id,
    teams: teams[0]!.id,
    players: rosters[0]![0]!.player_id,
    'player-seasons': rosters[0]![0]!.id,
    logs: rosters[1]![0]!.id,
    users: target.json().data.id,
    ranks: 'B2',
    season_id: season.id,
    team_id: teams[1]!.id,
    player_id: rosters[1]![0]!.player_id,
    player_season_id: rosters[1]![0]!.id,
    rank_id: 'C1',
  });
});

const ctx: SchemaContext = {
  resolve: (ref) => doc.components?.schemas?.[ref.split('/').pop()!] ?? {},
  idFor: (property) => ids[property],
};

/** Real ids where the path names a known collection, so requests reach the services, not just a 404. */
const pathValue = (name: string, before: string) => (name === 'round' ? '1' : (ids[before] ?? randomUUID()));

/**
 * Row counts and a digest of every table: any change at all shows up. Not the rate limiter's hit counters:
 * counting a refused attempt is their purpose (a login is counted before its body is judged).
 */
async function snapshot(): Promise<string> {
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

let sent = 0;
let last: string | null = null;
async function send(options: InjectOptions): Promise<LightMyRequestResponse> {
  const before = last ?? (await snapshot());
  const response = await t.request({ ...options, as: 'admin' });
  sent += 1;
  const where = `${options.method} ${options.url} → ${response.statusCode} ${response.body.slice(0, 300)}`;
  expect(response.statusCode, where).toBeLessThan(500);
  if (response.statusCode >= 400) {
    const body = response.json();
    expect(body.error_code, where).toMatch(/^[A-Z][A-Z_]+$/);
    expect(body.request_id, where).toBeTruthy();
    const after = await snapshot();
    expect(after, `a refused request changed the database: ${where}`).toBe(before);
    last = after;
  } else {
    last = null;
  }
  return response;
}

/** Percent-encodes the UTF-8 bytes (lone surrogates included, which encodeURIComponent refuses). */
const encode = (value: string) =>
  [...Buffer.from(value)].map((byte) => `%${byte.toString(16).padStart(2, '0')}`).join('');
/** Already-encoded sequences that do not decode to valid UTF-8. */
const BROKEN_ENCODINGS = ['%FF', '%C3%28', '%E0%A4%A', '%', '%%', '%ED%A0%80'];

function query(op: Operation): fc.Arbitrary<string> {
  const params = op.parameters.filter((p) => p.in === 'query');
  const value = (schema: JsonSchema) =>
    fc.oneof(
      fc.constantFrom(...NASTY_STRINGS),
      fc.string({ unit: 'binary', maxLength: 20 }),
      fc.constantFrom('-1', '0', '201', '1000000000000', '1.5', 'true', '[]', 'a,b'),
      ...(schema.enum ? [fc.constantFrom(...schema.enum.map(String))] : []),
    );
  const entries = fc.tuple(
    ...params.map((p) => fc.option(value(p.schema), { nil: undefined }).map((v) => [p.name, v] as const)),
    fc
      .option(fc.constantFrom('__proto__', 'limit[]', 'q[$ne]'), { nil: undefined })
      .map((k) => [k, 'x'] as const),
  );
  return fc
    .tuple(entries, fc.option(fc.constantFrom(...BROKEN_ENCODINGS), { nil: undefined, freq: 4 }))
    .map(([pairs, broken]) =>
      [
        ...pairs
          .filter(([k, v]) => k !== undefined && v !== undefined)
          .map(([k, v]) => `${encode(String(k))}=${encode(String(v))}`),
        ...(broken ? [`q=${broken}`] : []),
      ].join('&'),
    );
}

const url = (op: Operation, hostilePath: string | null, qs: string) => {
  let base = fillPath(op.path, (name, before) => (hostilePath === null ? pathValue(name, before) : '\u0001'));
  // fillPath encodes with encodeURIComponent; hostile values go in byte by byte instead.
  if (hostilePath !== null) {
    const raw = BROKEN_ENCODINGS.includes(hostilePath) ? hostilePath : encode(hostilePath);
    base = base.replaceAll('%01', raw);
  }
  return qs ? `${base}?${qs}` : base;
};

const FILE_MAGIC = [
  Buffer.from([0xff, 0xd8, 0xff, 0xe0]),
  Buffer.from('\x89PNG\r\n\x1a\n', 'latin1'),
  Buffer.from('RIFF\0\0\0\0WEBPVP8 ', 'latin1'),
  Buffer.alloc(0),
];

function request(op: Operation): fc.Arbitrary<InjectOptions> {
  const hostilePath = fc.option(fc.constantFrom(...NASTY_STRINGS.filter(Boolean), ...BROKEN_ENCODINGS), {
    nil: null,
    freq: 4,
  });
  const jsonSchema = op.body?.['application/json'];
  const fileField = Object.keys(op.body?.['multipart/form-data']?.properties ?? {})[0];
  let payload: fc.Arbitrary<Partial<InjectOptions>> = fc.constant({});
  if (fileField) {
    // Garbage behind a real magic number exercises the image decoder, not just the type check.
    payload = fc
      .tuple(
        fc.constantFrom(...FILE_MAGIC),
        fc.uint8Array({ maxLength: 2_000 }),
        fc.constantFrom(fileField, 'other'),
      )
      .map(([magic, bytes, field]) => {
        const boundary = 'fuzzboundary';
        const body = Buffer.concat([
          Buffer.from(
            `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="../x.png"\r\nContent-Type: image/png\r\n\r\n`,
          ),
          magic,
          Buffer.from(bytes),
          Buffer.from(`\r\n--${boundary}--\r\n`),
        ]);
        return { payload: body, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
      });
  } else if (isWrite(op)) {
    payload = hostileBody(jsonSchema, ctx).map((body) => ({
      payload: JSON.stringify(body === undefined ? null : body),
      headers: { 'content-type': 'application/json' },
    }));
  }
  return fc
    .tuple(hostilePath, query(op), payload)
    .map(([path, qs, extra]) => ({ method: op.method, url: url(op, path, qs), ...extra }));
}

describe.each(ops.map((op) => [`${op.method} ${op.path}`, op] as const))('%s', (_name, op) => {
  it('survives generated hostile requests', async () => {
    await fc.assert(
      fc.asyncProperty(request(op), async (options) => {
        await send(options);
      }),
      { numRuns: (isWrite(op) ? 6 : 3) * RUNS, endOnFailure: true },
    );
  });

  if (isWrite(op)) {
    const index = ops.filter(isWrite).indexOf(op);
    // Content negotiation and parsing are shared by all routes: each route takes half the raw cases, in turn.
    const cases = RAW_BODIES.filter((_, i) => i % 2 === index % 2);
    it.each(cases.map((c) => [c.name, c] as const))('survives a raw body: %s', async (_case, raw) => {
      const response = await send({
        method: op.method,
        url: url(op, null, ''),
        payload: raw.body,
        headers: raw.contentType ? { 'content-type': raw.contentType } : {},
      });
      if (raw.name === 'over 1 MiB') expect(response.statusCode).toBe(413);
    });
  }
});

describe('after the battery', () => {
  it('sent a few hundred requests and polluted no prototype', () => {
    expect(sent).toBeGreaterThan(200);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).role).toBeUndefined();
  });

  it('still answers normally', async () => {
    expect((await t.request({ method: 'GET', url: '/api/v1/health' })).statusCode).toBe(200);
    const me = await t.request({ method: 'GET', url: '/api/v1/auth/me', as: 'admin' });
    expect(me.json().data.role).toBe('ADMIN');
  });
});
