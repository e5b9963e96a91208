import { describe, expect, it } from 'vitest';
import { hasRole, parseSession, type Session } from './auth-session';

const session = (role: string, expires_at = '2999-01-01T00:00:00Z') =>
  JSON.stringify({ token: 'jwt', expires_at, user: { id: 'u', email: 'a@b.c', role, display_name: null } });

describe('parseSession', () => {
  it('reads a stored session', () => {
    expect(parseSession(session('MODERATOR'))?.user.role).toBe('MODERATOR');
  });

  it('drops missing, malformed, unknown-role and expired sessions', () => {
    expect(parseSession(null)).toBeNull();
    expect(parseSession('{not json')).toBeNull();
    expect(parseSession(JSON.stringify({ token: 1 }))).toBeNull();
    expect(parseSession(session('OWNER'))).toBeNull();
    const now = Date.parse('2026-03-01T12:00:00Z');
    expect(parseSession(session('ADMIN', '2026-03-01T11:59:59Z'), now)).toBeNull();
    expect(parseSession(session('ADMIN', '2026-03-01T12:00:01Z'), now)).not.toBeNull();
  });
});

describe('hasRole', () => {
  const as = (role: string) => parseSession(session(role)) as Session;

  it('orders roles VIEWER < MODERATOR < ADMIN', () => {
    expect(hasRole(as('ADMIN'), 'MODERATOR')).toBe(true);
    expect(hasRole(as('MODERATOR'), 'MODERATOR')).toBe(true);
    expect(hasRole(as('VIEWER'), 'MODERATOR')).toBe(false);
    expect(hasRole(null, 'VIEWER')).toBe(false);
  });
});
