import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operationIdFor } from '../../src/plugins/openapi-document.js';
import { createTestApp, type TestApp } from '../helpers/app.js';

type Operation = {
  operationId?: string;
  tags?: string[];
  security?: unknown[];
  requestBody?: unknown;
  responses: Record<string, { content?: Record<string, unknown> }>;
  'x-required-role'?: string;
};

let t: TestApp;
let operations: [string, Operation][];
beforeAll(async () => {
  t = await createTestApp();
  const doc = (await t.request({ method: 'GET', url: '/api/v1/openapi.json' })).json() as {
    paths: Record<string, Record<string, Operation>>;
  };
  operations = Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item).map(
      ([method, operation]) => [`${method.toUpperCase()} ${path}`, operation] as [string, Operation],
    ),
  );
});
afterAll(() => t.close());

describe('the OpenAPI document a client is generated from', () => {
  it('gives every operation a unique operationId and a tag', () => {
    const ids = operations.map(([, operation]) => operation.operationId);
    expect(ids.every(Boolean)).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    for (const [name, operation] of operations) expect(operation.tags?.length, name).toBeGreaterThan(0);
    expect(operationIdFor('post', '/api/v1/seasons/{id}/rounds/{round}/lock')).toBe(
      'postSeasonsByIdRoundsByRoundLock',
    );
  });

  it('declares security on every operation: none for public ones, the bearer token for the rest', () => {
    for (const [name, operation] of operations) {
      expect(Array.isArray(operation.security), name).toBe(true);
      expect(operation.security?.length === 0, name).toBe(operation['x-required-role'] === undefined);
    }
    const byName = new Map(operations);
    expect(byName.get('GET /api/v1/seasons/{id}/leaderboard')?.security).toEqual([]);
    expect(byName.get('POST /api/v1/seasons')?.security).toEqual([{ bearerAuth: [] }]);
  });

  it('documents 413 on bodies, 429 on the API, and the real media types of streams, metrics and images', () => {
    for (const [name, operation] of operations) {
      if (operation.requestBody) expect(Object.keys(operation.responses), name).toContain('413');
      if (name.includes(' /api/')) expect(Object.keys(operation.responses), name).toContain('429');
    }
    const byName = new Map(operations);
    const media = (name: string) => Object.keys(byName.get(name)?.responses['200']?.content ?? {});
    expect(media('GET /api/v1/seasons/{id}/events')).toEqual(['text/event-stream']);
    expect(media('GET /metrics')).toEqual(['text/plain']);
    expect(media('GET /uploads/{name}')).toEqual(['image/webp']);
  });
});
