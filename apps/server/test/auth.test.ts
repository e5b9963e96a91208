import { createSigner } from 'fast-jwt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, JWT_SECRET, type TestApp } from './helpers/app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const login = (email: string, password: string) =>
  t.request({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password } });

describe('login', () => {
  it('returns a bearer token that identifies the user', async () => {
    const response = await login('Admin@League.test', 'admin-password');
    expect(response.statusCode).toBe(200);
    const { token, token_type, user } = response.json().data;
    expect(token_type).toBe('Bearer');
    expect(user).toMatchObject({ email: 'admin@league.test', role: 'ADMIN' });
    expect(user).not.toHaveProperty('password_hash');
    const me = await t.request({
      method: 'GET',
      url: '/api/v1/auth/me',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(me.json().data.email).toBe('admin@league.test');
  });

  it('refuses a wrong password and an unknown email alike', async () => {
    for (const response of [
      await login('admin@league.test', 'nope-nope'),
      await login('ghost@league.test', 'whatever1'),
    ]) {
      expect(response.statusCode).toBe(401);
      expect(response.json().error_code).toBe('INVALID_CREDENTIALS');
    }
  });

  it('answers 401 for missing, forged and expired tokens', async () => {
    expect((await t.request({ method: 'GET', url: '/api/v1/auth/me' })).json().error_code).toBe(
      'UNAUTHORIZED',
    );
    const forged = createSigner({ key: 'another-secret-another-secret-another', algorithm: 'HS256' })({
      sub: 'x',
    });
    const forgedResponse = await t.request({
      method: 'GET',
      url: '/api/v1/auth/me',
      headers: { authorization: `Bearer ${forged}` },
    });
    expect(forgedResponse.statusCode).toBe(401);
    const expired = createSigner({ key: JWT_SECRET, algorithm: 'HS256', expiresIn: 1 })({ sub: 'x' });
    await new Promise((resolve) => setTimeout(resolve, 20));
    const expiredResponse = await t.request({
      method: 'GET',
      url: '/api/v1/auth/me',
      headers: { authorization: `Bearer ${expired}` },
    });
    expect(expiredResponse.statusCode).toBe(401);
    expect(expiredResponse.json().message).toMatch(/expired/);
    const garbage = await t.request({
      method: 'GET',
      url: '/api/v1/auth/me',
      headers: { authorization: 'Basic abc' },
    });
    expect(garbage.statusCode).toBe(401);
  });
});

describe('role checks come before validation', () => {
  it('401 anonymous, 403 too-low role, 400 bad body for the right role', async () => {
    const bad = { nonsense: true };
    const anonymous = await t.request({ method: 'POST', url: '/api/v1/seasons', payload: bad });
    expect(anonymous.statusCode).toBe(401);
    const moderator = await t.request({
      method: 'POST',
      url: '/api/v1/seasons',
      payload: bad,
      as: 'moderator',
    });
    expect(moderator.statusCode).toBe(403);
    expect(moderator.json().error_code).toBe('FORBIDDEN');
    const admin = await t.request({ method: 'POST', url: '/api/v1/seasons', payload: bad, as: 'admin' });
    expect(admin.statusCode).toBe(400);
  });

  it('401 before 400 for a malformed id too', async () => {
    const response = await t.request({ method: 'PATCH', url: '/api/v1/teams/not-a-uuid', payload: {} });
    expect(response.statusCode).toBe(401);
  });
});

describe('user management', () => {
  it('lets an admin create, list and change accounts', async () => {
    const created = await t.request({
      method: 'POST',
      url: '/api/v1/users',
      as: 'admin',
      payload: { email: 'referee@league.test', password: 'referee-password', role: 'MODERATOR' },
    });
    expect(created.statusCode).toBe(201);
    const id = created.json().data.id;
    expect(created.json().data).not.toHaveProperty('password_hash');

    const duplicate = await t.request({
      method: 'POST',
      url: '/api/v1/users',
      as: 'admin',
      payload: { email: 'REFEREE@league.test', password: 'referee-password', role: 'VIEWER' },
    });
    expect(duplicate.statusCode).toBe(409);

    const list = await t.request({ method: 'GET', url: '/api/v1/users', as: 'admin' });
    expect(list.json().data.map((u: { email: string }) => u.email)).toContain('referee@league.test');

    const demoted = await t.request({
      method: 'PATCH',
      url: `/api/v1/users/${id}`,
      as: 'admin',
      payload: { role: 'VIEWER' },
    });
    expect(demoted.json().data.role).toBe('VIEWER');

    const disabled = await t.request({
      method: 'PATCH',
      url: `/api/v1/users/${id}`,
      as: 'admin',
      payload: { is_active: false },
    });
    expect(disabled.json().data.is_active).toBe(false);
    expect((await login('referee@league.test', 'referee-password')).statusCode).toBe(401);
  });

  it('keeps users endpoints ADMIN-only', async () => {
    expect((await t.request({ method: 'GET', url: '/api/v1/users', as: 'moderator' })).statusCode).toBe(403);
    expect((await t.request({ method: 'GET', url: '/api/v1/users' })).statusCode).toBe(401);
  });

  it('refuses to remove the last active admin', async () => {
    const me = await t.request({ method: 'GET', url: '/api/v1/auth/me', as: 'admin' });
    const response = await t.request({
      method: 'PATCH',
      url: `/api/v1/users/${me.json().data.id}`,
      as: 'admin',
      payload: { role: 'VIEWER' },
    });
    expect(response.statusCode).toBe(409);
  });

  it('404s an unknown user', async () => {
    const response = await t.request({
      method: 'PATCH',
      url: '/api/v1/users/00000000-0000-4000-8000-000000000000',
      as: 'admin',
      payload: { role: 'VIEWER' },
    });
    expect(response.json().error_code).toBe('USER_NOT_FOUND');
  });
});
