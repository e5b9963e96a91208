import { describe, expect, it } from 'vitest';
import { switchLanguage } from '../i18n/translate';
import { matchRoute, routeTitle } from './routes';

// These tests read the English texts; i18n.test.ts holds the two catalogs together.
await switchLanguage('en', { remember: false });

describe('matchRoute', () => {
  it('maps every screen', () => {
    expect(matchRoute('/')).toEqual({ name: 'leaderboard' });
    expect(matchRoute('/standings')).toEqual({ name: 'standings' });
    expect(matchRoute('/fixtures/')).toEqual({ name: 'fixtures' });
    expect(matchRoute('/fixtures/f1')).toEqual({ name: 'fixture', fixtureId: 'f1' });
    expect(matchRoute('/fixtures/f1/matches/m1/result')).toEqual({
      name: 'result-entry',
      fixtureId: 'f1',
      matchId: 'm1',
    });
    expect(matchRoute('/players/p%201')).toEqual({ name: 'player', playerId: 'p 1' });
    expect(matchRoute('/sign-in')).toEqual({ name: 'sign-in' });
    expect(matchRoute('/teams/t1')).toEqual({ name: 'team', teamId: 't1' });
    expect(matchRoute('/seasons')).toEqual({ name: 'seasons' });
    expect(matchRoute('/seasons/s1')).toEqual({ name: 'season', seasonId: 's1' });
    expect(matchRoute('/admin')).toEqual({ name: 'admin', path: '' });
    expect(matchRoute('/admin/seasons/s1')).toEqual({ name: 'admin', path: '/seasons/s1' });
  });

  it('anything else is not found', () => {
    expect(matchRoute('/fixtures/f1/extra')).toEqual({ name: 'not-found' });
    expect(matchRoute('/administrator')).toEqual({ name: 'not-found' });
    expect(routeTitle({ name: 'not-found' })).toBe('Not found · Ping Pong League');
  });
});
