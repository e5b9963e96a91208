import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from '../api-error';
import { clearSession, getSession, saveSession } from '../auth-session';
import { api, apiUrl, send } from './client';

// A real HTTP server on loopback: the client's headers and the server's answers cross a real socket.
let seen: IncomingHttpHeaders = {};
let answer: { status: number; body: string } = { status: 200, body: '{}' };
const server = createServer((request, response) => {
  seen = request.headers;
  request.resume();
  request.on('end', () => {
    response.writeHead(answer.status, { 'content-type': 'application/json' });
    response.end(answer.body);
  });
});
let baseUrl = '';
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const session = {
  token: 'token-1',
  expires_at: new Date(Date.now() + 3_600_000).toISOString(),
  user: { id: 'u1', email: 'captain@league.test', role: 'MODERATOR' as const, display_name: null },
};

describe('the generated client', () => {
  it('sends the bearer token and the Idempotency-Key, and returns the envelope', async () => {
    saveSession(session);
    answer = { status: 201, body: JSON.stringify({ message: 'ok', data: { id: 'r1' } }) };
    const body = await send(
      api.POST('/api/v1/matches/{id}/result', {
        baseUrl,
        params: { path: { id: 'm1' } },
        body: { home_sets: [11, 11, 11], guest_sets: [5, 6, 7] },
        headers: { 'Idempotency-Key': 'key-1' },
      }),
    );
    expect(body).toEqual({ message: 'ok', data: { id: 'r1' } });
    expect(seen.authorization).toBe('Bearer token-1');
    expect(seen['idempotency-key']).toBe('key-1');
    clearSession();
  });

  it('turns the error envelope into an ApiError, and a 401 forgets the session', async () => {
    saveSession(session);
    answer = {
      status: 401,
      body: JSON.stringify({ error_code: 'UNAUTHORIZED', message: 'expired', request_id: 'req-9' }),
    };
    const failure = await send(api.GET('/api/v1/ranks', { baseUrl })).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ApiError);
    expect(failure).toMatchObject({ status: 401, code: 'UNAUTHORIZED', requestId: 'req-9' });
    expect(getSession()).toBeNull();
  });

  it('keeps a body that is not ours readable (a proxy page)', async () => {
    answer = { status: 502, body: '<html>Bad Gateway</html>' };
    await expect(send(api.GET('/api/v1/ranks', { baseUrl }))).rejects.toMatchObject({
      status: 502,
      code: 'HTTP_502',
    });
  });

  it('reports a lost connection as status 0 NETWORK_ERROR, which the offline queue waits on', async () => {
    const closed = 'http://127.0.0.1:1';
    await expect(send(api.GET('/api/v1/ranks', { baseUrl: closed }))).rejects.toMatchObject({
      status: 0,
      code: 'NETWORK_ERROR',
    });
  });
});

describe('apiUrl (what EventSource opens)', () => {
  it('fills the path parameters and keeps only query parameters that have a value', () => {
    expect(
      apiUrl('/api/v1/seasons/{id}/leaderboard', {
        path: { id: 's1' },
        query: { team_id: 't1', rank_id: '', limit: 25, offset: 0, q: undefined },
      }),
    ).toBe('/api/v1/seasons/s1/leaderboard?team_id=t1&limit=25&offset=0');
    expect(apiUrl('/api/v1/seasons/{id}/events', { path: { id: 's1' } })).toBe('/api/v1/seasons/s1/events');
    expect(apiUrl('/api/v1/ranks', {})).toBe('/api/v1/ranks');
  });

  it('encodes values, in the path as in the query', () => {
    expect(apiUrl('/api/v1/players/search', { query: { q: 'Nguyễn & co' } })).toBe(
      '/api/v1/players/search?q=Nguy%E1%BB%85n+%26+co',
    );
    expect(apiUrl('/api/v1/seasons/{id}/events', { path: { id: 'a/b?c' } })).toBe(
      '/api/v1/seasons/a%2Fb%3Fc/events',
    );
  });
});
