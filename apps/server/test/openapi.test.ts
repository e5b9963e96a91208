import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './helpers/app.js';

let t: TestApp;
let doc: {
  openapi: string;
  paths: Record<
    string,
    Record<string, { summary?: string; tags?: string[]; responses: Record<string, unknown> }>
  >;
};
beforeAll(async () => {
  t = await createTestApp();
  doc = (await t.request({ method: 'GET', url: '/api/v1/openapi.json' })).json();
});
afterAll(() => t.close());

/** SPEC §4's endpoint table (paths of the original API kept). */
const SPEC_ENDPOINTS = [
  'GET /health',
  'GET /api/v1/health',
  'POST /api/v1/auth/login',
  'GET /api/v1/auth/me',
  'GET /api/v1/users',
  'POST /api/v1/users',
  'PATCH /api/v1/users/{id}',
  'GET /api/v1/ranks',
  'PUT /api/v1/ranks/{id}',
  'GET /api/v1/teams',
  'POST /api/v1/teams',
  'GET /api/v1/teams/{id}',
  'PATCH /api/v1/teams/{id}',
  'GET /api/v1/teams/{id}/members',
  'GET /api/v1/players',
  'POST /api/v1/players',
  'GET /api/v1/players/search',
  'GET /api/v1/players/{id}',
  'PUT /api/v1/players/{id}',
  'PATCH /api/v1/players/{id}',
  'GET /api/v1/seasons',
  'POST /api/v1/seasons',
  'GET /api/v1/seasons/{id}',
  'PATCH /api/v1/seasons/{id}',
  'POST /api/v1/seasons/{id}/start',
  'POST /api/v1/seasons/{id}/finish',
  'GET /api/v1/seasons/{id}/teams',
  'POST /api/v1/seasons/{id}/teams',
  'GET /api/v1/seasons/{id}/players',
  'POST /api/v1/seasons/{id}/players',
  'PATCH /api/v1/player-seasons/{id}',
  'GET /api/v1/seasons/{id}/leaderboard',
  'GET /api/v1/seasons/{id}/standings',
  'GET /api/v1/seasons/{id}/fixtures',
  'POST /api/v1/seasons/{id}/fixtures/generate',
  'GET /api/v1/seasons/{id}/events',
  'POST /api/v1/fixtures',
  'GET /api/v1/fixtures/{id}',
  'PATCH /api/v1/fixtures/{id}',
  'GET /api/v1/fixtures/{id}/matches',
  'POST /api/v1/matches',
  'GET /api/v1/matches/{id}',
  'POST /api/v1/matches/{id}/result',
  'POST /api/v1/matches/{id}/result/void',
  'POST /api/v1/points/adjust',
  'GET /api/v1/points/logs/{playerSeasonId}',
  'GET /api/v1/admin/integrity',
  'GET /api/v1/audit',
  'GET /metrics',
  'POST /api/v1/players/{id}/avatar',
  'POST /api/v1/teams/{id}/logo',
  'GET /api/v1/players/{id}/history',
  'GET /api/v1/players/{id}/stats',
  'GET /api/v1/head-to-head',
  'GET /api/v1/seasons/{id}/rounds',
  'POST /api/v1/seasons/{id}/rounds/{round}/lock',
  'POST /api/v1/seasons/{id}/rounds/{round}/finalize',
  'GET /api/v1/seasons/{id}/rounds/{round}/leaderboard',
  // SPEC §6: match day.
  'GET /api/v1/seasons/{id}/divisions',
  'POST /api/v1/seasons/{id}/divisions',
  'PATCH /api/v1/divisions/{id}',
  'PATCH /api/v1/seasons/{id}/teams/{teamId}',
  'POST /api/v1/seasons/{id}/next',
  'PUT /api/v1/fixtures/{id}/lineups/{side}',
  'GET /api/v1/fixtures/{id}/lineups',
  'POST /api/v1/seasons/{id}/teams/{teamId}/captains',
  'DELETE /api/v1/seasons/{id}/teams/{teamId}/captains/{userId}',
  'POST /api/v1/fixtures/{id}/confirm',
  'POST /api/v1/fixtures/{id}/dispute',
  'POST /api/v1/fixtures/{id}/resolve',
  'GET /api/v1/admin/disputes',
  'POST /api/v1/matches/{id}/forfeit',
  'POST /api/v1/fixtures/{id}/postpone',
  'POST /api/v1/fixtures/{id}/reschedule',
  'POST /api/v1/seasons/{id}/teams/{teamId}/withdraw',
  'POST /api/v1/players/avatar/upload',
];

describe('OpenAPI document', () => {
  it('is OpenAPI 3 and lists every endpoint of the spec', () => {
    expect(doc.openapi).toMatch(/^3\./);
    const listed = Object.entries(doc.paths).flatMap(([path, operations]) =>
      Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`),
    );
    const missing = SPEC_ENDPOINTS.filter((endpoint) => !listed.includes(endpoint));
    expect(missing).toEqual([]);
  });

  it('describes every operation with a summary, a tag and its error responses', () => {
    for (const [path, operations] of Object.entries(doc.paths)) {
      for (const [method, operation] of Object.entries(operations)) {
        const name = `${method.toUpperCase()} ${path}`;
        expect(operation.summary, name).toBeTruthy();
        expect(operation.tags?.length, name).toBeGreaterThan(0);
        if (path.startsWith('/api/v1/') && path !== '/api/v1/health')
          expect(Object.keys(operation.responses), name).toContain('400');
      }
    }
  });

  it('serves interactive docs at /docs', async () => {
    const response = await t.request({ method: 'GET', url: '/docs/' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/html');
  });
});
