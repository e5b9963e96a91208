import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { newTeam } from '../helpers/factories.js';

describe('security headers', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ CDN_BASE_URL: 'https://cdn.example.com/league' });
  });
  afterAll(() => t.close());

  it('sends a same-origin CSP that still lets images come from the CDN', async () => {
    const response = await t.request({ method: 'GET', url: '/api/v1/teams' });
    expect(response.headers).toMatchObject({
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'SAMEORIGIN',
      'referrer-policy': 'no-referrer',
      'cross-origin-resource-policy': 'cross-origin',
    });
    const csp = String(response.headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("frame-ancestors 'self'");
    expect(csp).toMatch(/img-src 'self' data: blob: https:\/\/cdn\.example\.com(;|$)/);
    // Plain-http installs (a club's LAN) would break if every asset were forced to https.
    expect(csp).not.toContain('upgrade-insecure-requests');
  });

  it('echoes a well-formed X-Request-Id and replaces a hostile one', async () => {
    const good = await t.request({ method: 'GET', url: '/health', headers: { 'x-request-id': 'trace-123' } });
    expect(good.headers['x-request-id']).toBe('trace-123');
    const hostile = await t.request({
      method: 'GET',
      url: '/health',
      headers: { 'x-request-id': 'a b<script>' },
    });
    expect(hostile.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('production headers and CORS', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ NODE_ENV: 'production', CORS_ORIGINS: 'https://league.example' });
  });
  afterAll(() => t.close());

  it('upgrades insecure requests behind TLS', async () => {
    const response = await t.request({ method: 'GET', url: '/api/v1/ranks' });
    expect(String(response.headers['content-security-policy'])).toContain('upgrade-insecure-requests');
    expect(response.headers['strict-transport-security']).toMatch(/max-age=\d+/);
  });

  it('allows only the configured origins', async () => {
    const preflight = (origin: string) =>
      t.request({
        method: 'OPTIONS',
        url: '/api/v1/teams',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'authorization,content-type',
        },
      });
    const allowed = await preflight('https://league.example');
    expect(allowed.headers['access-control-allow-origin']).toBe('https://league.example');
    expect(String(allowed.headers['access-control-allow-headers']).toLowerCase()).toContain('authorization');
    const evil = await preflight('https://evil.example');
    expect(evil.headers['access-control-allow-origin']).toBeUndefined();
    const simple = await t.request({
      method: 'GET',
      url: '/api/v1/teams',
      headers: { origin: 'https://evil.example' },
    });
    expect(simple.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('hides internal error details', async () => {
    const response = await t.request({ method: 'GET', url: '/api/v1/teams?limit=abc' });
    expect(response.statusCode).toBe(400);
    expect(response.body).not.toMatch(/at .*\.ts:\d+|node_modules/);
  });
});

describe('GET /metrics', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('exposes process, HTTP and upload metrics in the Prometheus text format', async () => {
    const team = await newTeam(t);
    await t.request({ method: 'GET', url: `/api/v1/teams/${team.id}` });
    await t.request({ method: 'GET', url: '/api/v1/teams/not-a-uuid' });
    const response = await t.request({ method: 'GET', url: '/metrics' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = response.body;
    expect(text).toMatch(/^process_cpu_user_seconds_total \d/m);
    expect(text).toMatch(/^nodejs_eventloop_lag_seconds /m);
    expect(text).toMatch(/^# TYPE uploads_total counter$/m);
    // Labelled by route template, so ids never multiply the series.
    expect(text).toMatch(
      /^http_requests_total\{method="GET",route="\/api\/v1\/teams\/:id",status_code="200"\} 1$/m,
    );
    expect(text).toMatch(
      /^http_requests_total\{method="GET",route="\/api\/v1\/teams\/:id",status_code="400"\} 1$/m,
    );
    expect(text).toMatch(
      /^http_requests_total\{method="POST",route="\/api\/v1\/teams",status_code="201"\} 1$/m,
    );
    expect(text).toMatch(
      /^http_request_duration_seconds_bucket\{le="0.5",method="GET",route="\/api\/v1\/teams\/:id",status_code="200"\} 1$/m,
    );
    expect(text).not.toContain(team.id);
  });

  it('lets other modules add gauges to the same registry', async () => {
    t.app.metrics.gauge({
      name: 'integrity_violations',
      help: 'player_seasons whose points disagree with their log',
      collect() {
        this.set(0);
      },
    });
    expect((await t.request({ method: 'GET', url: '/metrics' })).body).toMatch(/^integrity_violations 0$/m);
  });

  it('requires METRICS_TOKEN as a bearer token when it is set', async () => {
    const guarded = await createTestApp({ METRICS_TOKEN: 'scrape-token-0123456789' });
    try {
      const without = await guarded.request({ method: 'GET', url: '/metrics' });
      expect(without.statusCode).toBe(401);
      expect(without.json().error_code).toBe('UNAUTHORIZED');
      const wrong = await guarded.request({
        method: 'GET',
        url: '/metrics',
        headers: { authorization: 'Bearer scrape-token-0123456780' },
      });
      expect(wrong.statusCode).toBe(401);
      // A user's JWT is not a metrics token either.
      const jwt = await guarded.request({ method: 'GET', url: '/metrics', as: 'admin' });
      expect(jwt.statusCode).toBe(401);
      const right = await guarded.request({
        method: 'GET',
        url: '/metrics',
        headers: { authorization: 'Bearer scrape-token-0123456789' },
      });
      expect(right.statusCode).toBe(200);
    } finally {
      await guarded.close();
    }
  });
});
