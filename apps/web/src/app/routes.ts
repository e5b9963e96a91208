import { type MessageKey, t } from '../i18n/translate';
export type Route =
  | { name: 'leaderboard' }
  | { name: 'standings' }
  | { name: 'fixtures' }
  | { name: 'fixture'; fixtureId: string }
  | { name: 'result-entry'; fixtureId: string; matchId: string }
  | { name: 'player'; playerId: string }
  | { name: 'team'; teamId: string }
  | { name: 'seasons' }
  | { name: 'season'; seasonId: string }
  | { name: 'admin'; path: string }
  | { name: 'my-team' }
  | { name: 'sign-in' }
  | { name: 'not-found' };

const SEGMENT = '([^/]+)';
const TABLE: [RegExp, (groups: string[]) => Route][] = [
  [/^\/$/, () => ({ name: 'leaderboard' })],
  [/^\/standings$/, () => ({ name: 'standings' })],
  [/^\/fixtures$/, () => ({ name: 'fixtures' })],
  [new RegExp(`^/fixtures/${SEGMENT}$`), ([fixtureId = '']) => ({ name: 'fixture', fixtureId })],
  [
    new RegExp(`^/fixtures/${SEGMENT}/matches/${SEGMENT}/result$`),
    ([fixtureId = '', matchId = '']) => ({ name: 'result-entry', fixtureId, matchId }),
  ],
  [new RegExp(`^/players/${SEGMENT}$`), ([playerId = '']) => ({ name: 'player', playerId })],
  [new RegExp(`^/teams/${SEGMENT}$`), ([teamId = '']) => ({ name: 'team', teamId })],
  [/^\/seasons$/, () => ({ name: 'seasons' })],
  [new RegExp(`^/seasons/${SEGMENT}$`), ([seasonId = '']) => ({ name: 'season', seasonId })],
  [/^\/admin((?:\/.*)?)$/, ([path = '']) => ({ name: 'admin', path })],
  [/^\/my-team$/, () => ({ name: 'my-team' })],
  [/^\/sign-in$/, () => ({ name: 'sign-in' })],
];

export function matchRoute(pathname: string): Route {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  for (const [pattern, build] of TABLE) {
    const match = pattern.exec(path);
    if (match) return build(match.slice(1).map((part) => decodeURIComponent(part)));
  }
  return { name: 'not-found' };
}

const TITLES: Record<Route['name'], MessageKey> = {
  leaderboard: 'title.leaderboard',
  standings: 'title.standings',
  fixtures: 'title.fixtures',
  fixture: 'title.fixture',
  'result-entry': 'title.resultEntry',
  player: 'title.player',
  team: 'title.team',
  seasons: 'title.archive',
  season: 'title.archive',
  admin: 'title.admin',
  'my-team': 'title.myTeam',
  'sign-in': 'title.signIn',
  'not-found': 'title.notFound',
};

export const routeTitle = (route: Route) => `${t(TITLES[route.name])} · ${t('app.name')}`;
