import { afterAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../helpers/app.js';
import { fillPath, isWrite, type Operation, operations } from '../helpers/openapi.js';

/**
 * Built from the live OpenAPI document: every route that declares a role is probed with no token and
 * with each weaker role. A route added later is covered with no change here.
 */
const t = await createTestApp();
afterAll(() => t.close());

const ops = await operations(t);
const guarded = ops.filter((op) => op.requiredRole !== null);
const writes = ops.filter(isWrite);
/** The only writes anyone may make without signing in. */
const ANONYMOUS_WRITES = new Set(['POST /api/v1/auth/login']);
const ROLES = ['VIEWER', 'MODERATOR', 'ADMIN'] as const;
const tokenFor = { VIEWER: 'viewer', MODERATOR: 'moderator', ADMIN: 'admin' } as const;
const label = (op: Operation) => `${op.method} ${op.path}`;

function call(op: Operation, as?: 'viewer' | 'moderator' | 'admin') {
  return t.request({
    method: op.method,
    url: fillPath(op.path),
    as,
    ...(isWrite(op) ? { payload: {} } : {}),
  });
}

describe('the document itself', () => {
  it('lists the routes the matrix is expected to cover', () => {
    const names = ops.map(label);
    for (const expected of [
      'POST /api/v1/teams',
      'PATCH /api/v1/users/{id}',
      'PUT /api/v1/ranks/{id}',
      'POST /api/v1/players/{id}/avatar',
      'POST /api/v1/teams/{id}/logo',
      'GET /api/v1/audit',
      'GET /api/v1/teams/{id}/captains',
    ]) {
      expect(names).toContain(expected);
    }
    expect(writes.length).toBeGreaterThanOrEqual(15);
  });

  it('gives every write a required role, except signing in', () => {
    const anonymous = writes.filter((op) => op.requiredRole === null).map(label);
    expect(anonymous).toEqual([...ANONYMOUS_WRITES]);
  });

  it('never lets a plain viewer write', () => {
    const viewerWrites = writes.filter((op) => op.requiredRole === 'VIEWER').map(label);
    expect(viewerWrites).toEqual([]);
  });

  it('marks every guarded route with bearer security', () => {
    for (const op of guarded) expect(op.security, label(op)).toEqual([{ bearerAuth: [] }]);
  });
});

describe.each(guarded.map((op) => [label(op), op] as const))('%s', (_name, op) => {
  it('answers 401 UNAUTHORIZED without a token', async () => {
    const response = await call(op);
    expect(response.statusCode, response.body).toBe(401);
    expect(response.json().error_code).toBe('UNAUTHORIZED');
  });

  it('answers 401 for a forged token', async () => {
    const response = await t.request({
      method: op.method,
      url: fillPath(op.path),
      headers: { authorization: `Bearer ${t.tokens.admin.slice(0, -4)}AAAA` },
      ...(isWrite(op) ? { payload: {} } : {}),
    });
    expect(response.statusCode).toBe(401);
  });

  const weaker = ROLES.slice(0, ROLES.indexOf(op.requiredRole!));
  it.each(weaker)('answers 403 FORBIDDEN to a %s', async (role) => {
    const response = await call(op, tokenFor[role]);
    expect(response.statusCode, response.body).toBe(403);
    expect(response.json()).toMatchObject({
      error_code: 'FORBIDDEN',
      details: { required_role: op.requiredRole },
    });
  });

  it('lets the required role past the guard', async () => {
    const response = await call(op, tokenFor[op.requiredRole!]);
    expect([401, 403], response.body).not.toContain(response.statusCode);
    expect(response.statusCode).toBeLessThan(500);
  });
});
