import { describe, expect, it } from 'vitest';
import type { Session } from '../lib/auth-session';
import { matchRoute } from './routes';
import * as chunks from './screen-chunks';
import { chunksFor } from './warm-up';

const signedIn = (role: Session['user']['role']): Session => ({
  token: 't',
  expires_at: '2999-01-01T00:00:00Z',
  user: { id: 'u1', email: 'a@b.c', role, display_name: null },
});

describe('chunksFor', () => {
  it("asks for the screen's own chunk, the one the router will render", () => {
    expect(chunksFor(matchRoute('/admin/seasons/s1'), signedIn('ADMIN'))).toEqual([chunks.loadAdminRoute]);
    expect(chunksFor(matchRoute('/players/p1'), null)).toEqual([chunks.loadPlayerScreen]);
    expect(chunksFor(matchRoute('/fixtures/f1/matches/m1/result'), null)).toEqual([chunks.loadResultEntry]);
    expect(chunksFor(matchRoute('/sign-in'), null)).toEqual([chunks.loadSignInScreen]);
  });

  it('asks for nothing on the screens that come with the app', () => {
    for (const path of ['/', '/standings', '/fixtures', '/nowhere'])
      expect(chunksFor(matchRoute(path), null)).toEqual([]);
  });

  it("gives the fixture page only the tools of the account's role", () => {
    const fixture = matchRoute('/fixtures/f1');
    expect(chunksFor(fixture, null)).toEqual([]);
    expect(chunksFor(fixture, signedIn('VIEWER'))).toEqual([]);
    expect(chunksFor(fixture, signedIn('MODERATOR'))).toEqual([chunks.loadLineupEntry]);
    expect(chunksFor(fixture, signedIn('ADMIN'))).toEqual([
      chunks.loadLineupEntry,
      chunks.loadFixtureAdmin,
      chunks.loadVoidResult,
    ]);
  });
});
