import { createSigner } from 'fast-jwt';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/app.js';

function expectRateLimited(response: LightMyRequestResponse, maxSeconds: number) {
  expect(response.statusCode, response.body).toBe(429);
  const body = response.json();
  expect(body.error_code).toBe('RATE_LIMITED');
  expect(body.request_id).toBeTruthy();
  const retryAfter = Number(response.headers['retry-after']);
  expect(retryAfter).toBeGreaterThan(0);
  expect(retryAfter).toBeLessThanOrEqual(maxSeconds);
  expect(body.details.retry_after_seconds).toBe(retryAfter);
}

describe('failed sign-ins per account', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({
      LOGIN_MAX_FAILURES: '3',
      LOGIN_FAILURE_WINDOW_SECONDS: '600',
      LOGIN_RATE_LIMIT_MAX: '1000',
    });
  });
  afterAll(() => t.close());

  let ip = 0;
  // Each attempt from another address: the per-IP limit never sees a repeat, only the per-account one can.
  const login = (email: string, password: string) =>
    t.request({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email, password },
      remoteAddress: `198.51.100.${++ip}`,
    });

  it('stops guessing one account from many addresses, even when the guess is finally right', async () => {
    for (let i = 0; i < 3; i++)
      expect((await login('viewer@league.test', `wrong-${i}-pass`)).statusCode).toBe(401);
    expectRateLimited(await login('VIEWER@league.test', 'wrong-again'), 600);
    expectRateLimited(await login('viewer@league.test', 'viewer-password'), 600);
    // Other accounts are not affected.
    expect((await login('moderator@league.test', 'moderator-password')).statusCode).toBe(200);
  });

  it('treats unknown emails the same, so the limit does not reveal which accounts exist', async () => {
    for (let i = 0; i < 3; i++) expect((await login('ghost@league.test', 'whatever-1')).statusCode).toBe(401);
    expectRateLimited(await login('ghost@league.test', 'whatever-1'), 600);
  });

  it('forgives earlier failures after a successful sign-in', async () => {
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < 2; i++)
        expect((await login('admin@league.test', 'not-it-at-all')).statusCode).toBe(401);
      expect((await login('admin@league.test', 'admin-password')).statusCode).toBe(200);
    }
  });

  it('holds a burst of parallel guesses to the limit', async () => {
    const responses = await Promise.all(
      Array.from({ length: 8 }, (_, i) => login('moderator@league.test', `parallel-guess-${i}`)),
    );
    const statuses = responses.map((r) => r.statusCode).sort();
    expect(statuses.filter((s) => s === 401)).toHaveLength(3);
    expect(statuses.filter((s) => s === 429)).toHaveLength(5);
  });
});

describe('per-IP limits', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ RATE_LIMIT_MAX: '5', LOGIN_RATE_LIMIT_MAX: '2', LOGIN_MAX_FAILURES: '100' });
  });
  afterAll(() => t.close());

  it('limits sign-in attempts per IP with a 429 carrying the code and Retry-After', async () => {
    const attempt = () =>
      t.request({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email: 'x@league.test', password: 'whatever-1' },
        remoteAddress: '192.0.2.10',
      });
    expect((await attempt()).statusCode).toBe(401);
    expect((await attempt()).statusCode).toBe(401);
    expectRateLimited(await attempt(), 60);
  });

  it('limits every route per IP', async () => {
    const get = () => t.request({ method: 'GET', url: '/api/v1/teams', remoteAddress: '192.0.2.20' });
    for (let i = 0; i < 5; i++) expect((await get()).statusCode).toBe(200);
    const limited = await get();
    expectRateLimited(limited, 60);
    expect(limited.headers['x-ratelimit-limit']).toBe('5');
  });

  it('ignores X-Forwarded-For from a client that is not a trusted proxy', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      const response = await t.request({
        method: 'GET',
        url: '/api/v1/ranks',
        remoteAddress: '192.0.2.30',
        headers: { 'x-forwarded-for': `203.0.113.${i}` },
      });
      statuses.push(response.statusCode);
    }
    expect(statuses.at(-1)).toBe(429);
  });

  it('uses X-Forwarded-For from a trusted proxy', async () => {
    const proxied = await createTestApp({ RATE_LIMIT_MAX: '2', TRUST_PROXY: '10.0.0.0/8' });
    try {
      const get = (client: string) =>
        proxied.request({
          method: 'GET',
          url: '/api/v1/ranks',
          remoteAddress: '10.1.2.3',
          headers: { 'x-forwarded-for': client },
        });
      await get('203.0.113.1');
      await get('203.0.113.1');
      expect((await get('203.0.113.1')).statusCode).toBe(429);
      expect((await get('203.0.113.2')).statusCode).toBe(200);
    } finally {
      await proxied.close();
    }
  });
});

describe('tokens', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('refuses unsigned ("alg": "none") tokens and tokens for unknown accounts', async () => {
    const me = (token: string) =>
      t.request({ method: 'GET', url: '/api/v1/auth/me', headers: { authorization: `Bearer ${token}` } });
    const header = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
    const [, payload] = t.tokens.admin.split('.');
    expect((await me(`${header}.${payload}.`)).statusCode).toBe(401);
    const stranger = createSigner({
      key: 'test-secret-that-is-long-enough-for-hs256-signing',
      algorithm: 'HS256',
    })({
      sub: '00000000-0000-4000-8000-000000000000',
    });
    const response = await me(stranger);
    expect(response.statusCode).toBe(401);
    expect(response.json().error_code).toBe('UNAUTHORIZED');
  });
});
