import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './helpers/app.js';
import { newLeague } from './helpers/factories.js';

let t: TestApp;
let url: string;
beforeAll(async () => {
  t = await createTestApp();
  const { season } = await newLeague(t, { perTeam: 12 });
  url = `/api/v1/seasons/${season.id}/leaderboard`;
});
afterAll(() => t.close());

const get = (headers: Record<string, string> = {}) => t.request({ method: 'GET', url, headers });

describe('cached reads, pre-compressed', () => {
  it('sends the same JSON as br or gzip, whichever the client prefers, under one ETag', async () => {
    const plain = await get();
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.rawPayload.length).toBeGreaterThan(1024);
    expect(plain.headers.vary).toMatch(/accept-encoding/i);

    const cases: Array<[string, string | undefined]> = [
      ['gzip, deflate, br', 'br'],
      ['gzip', 'gzip'],
      ['br;q=0, gzip', 'gzip'],
      ['gzip;q=0.5, br;q=0.9', 'br'],
      ['br;q=0.1, gzip;q=0.9', 'gzip'],
      ['deflate', undefined],
      ['identity', undefined],
      ['*', 'br'],
    ];
    for (const [accept, expected] of cases) {
      const response = await get({ 'accept-encoding': accept });
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-encoding'], accept).toBe(expected);
      expect(response.headers.etag).toBe(plain.headers.etag);
      const bytes = response.rawPayload;
      const body =
        expected === 'br' ? brotliDecompressSync(bytes) : expected === 'gzip' ? gunzipSync(bytes) : bytes;
      expect(body.toString('utf8'), accept).toBe(plain.body);
      if (expected) expect(bytes.length).toBeLessThan(plain.rawPayload.length / 2);
    }
  });

  it('answers 304 to a compressed client holding the current version', async () => {
    const first = await get({ 'accept-encoding': 'br' });
    const again = await get({ 'accept-encoding': 'br', 'if-none-match': String(first.headers.etag) });
    expect(again.statusCode).toBe(304);
    expect(again.rawPayload.length).toBe(0);
  });

  it('keeps every protection on a cached read: headers, rate limit, request id, metrics', async () => {
    await get();
    const cached = await get({ 'accept-encoding': 'br', 'x-request-id': 'trace-cached-1' });
    expect(cached.headers).toMatchObject({
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'SAMEORIGIN',
      'x-request-id': 'trace-cached-1',
    });
    expect(String(cached.headers['content-security-policy'])).toContain("default-src 'self'");
    expect(cached.headers['x-ratelimit-limit']).toBeDefined();
    const metrics = (await t.request({ method: 'GET', url: '/metrics' })).body;
    const line = metrics
      .split('\n')
      .find((l) =>
        l.startsWith(
          'http_requests_total{method="GET",route="/api/v1/seasons/:id/leaderboard",status_code="200"}',
        ),
      );
    expect(Number(line?.split(' ').at(-1))).toBeGreaterThanOrEqual(2);
  });
});
