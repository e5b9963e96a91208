import { lazy, Suspense, useEffect, useRef } from 'react';
import { Loading } from '../components/ui/loading';
import { FixturesScreen } from '../features/fixtures/components/fixtures-screen';
import { LeaderboardScreen } from '../features/leaderboard/components/leaderboard-screen';
import { useActiveSeason } from '../features/seasons/api/get-active-season';
import { StandingsScreen } from '../features/standings/components/standings-screen';
import { t } from '../i18n/translate';
import { useLocation } from '../lib/navigation';
import { FixtureRoute } from './fixture-route';
import { NotFound } from './not-found';
import { matchRoute, type Route, routeTitle } from './routes';
import * as chunks from './screen-chunks';
import { SeasonGate } from './season-gate';
import { SettledScreen } from './settled-screen';

// Screens that most visitors never open load on demand, keeping the first download small.
const ResultEntryRoute = lazy(chunks.loadResultEntry);
const PlayerScreen = lazy(() =>
  chunks.loadPlayerScreen().then((module) => ({ default: module.PlayerScreen })),
);
const AdminRoute = lazy(chunks.loadAdminRoute);
const TeamRoute = lazy(() => chunks.loadTeamRoute().then((module) => ({ default: module.TeamRoute })));
const SeasonArchive = lazy(() =>
  chunks.loadSeasonArchive().then((module) => ({ default: module.SeasonArchive })),
);
const SeasonRecord = lazy(() =>
  chunks.loadSeasonRecord().then((module) => ({ default: module.SeasonRecord })),
);
const MyTeamScreen = lazy(() =>
  chunks.loadMyTeamScreen().then((module) => ({ default: module.MyTeamScreen })),
);
const SignInScreen = lazy(() =>
  chunks.loadSignInScreen().then((module) => ({ default: module.SignInScreen })),
);

function fixtureNotice(search: URLSearchParams): string | null {
  const recorded = search.get('recorded');
  const voided = search.get('voided');
  const queued = search.get('queued');
  if (recorded) return t('fixture.recorded', { order: recorded });
  if (voided) return t('fixture.voided', { order: voided });
  if (queued) return t('fixture.queued', { order: queued });
  return null;
}

function Screen({ route, search }: { route: Route; search: URLSearchParams }) {
  const activeSeason = useActiveSeason();
  switch (route.name) {
    case 'leaderboard':
      return (
        <SeasonGate>
          {(season) => <LeaderboardScreen seasonId={season.id} seasonName={season.name} />}
        </SeasonGate>
      );
    case 'standings':
      return (
        <SeasonGate>
          {(season) => <StandingsScreen seasonId={season.id} seasonName={season.name} />}
        </SeasonGate>
      );
    case 'fixtures':
      return (
        <SeasonGate>
          {(season) => <FixturesScreen seasonId={season.id} seasonName={season.name} />}
        </SeasonGate>
      );
    case 'fixture':
      return <FixtureRoute fixtureId={route.fixtureId} notice={fixtureNotice(search)} />;
    case 'result-entry':
      return <ResultEntryRoute fixtureId={route.fixtureId} matchId={route.matchId} />;
    case 'player':
      return (
        <PlayerScreen
          playerId={route.playerId}
          seasonId={activeSeason.data?.id}
          playerSeasonId={search.get('entry')}
        />
      );
    case 'team':
      return <TeamRoute teamId={route.teamId} seasonId={activeSeason.data?.id} />;
    case 'seasons':
      return <SeasonArchive />;
    case 'season':
      return <SeasonRecord seasonId={route.seasonId} />;
    case 'admin':
      // Organiser screens are many sections, each with its own reads: shown whole (a new one per address).
      return (
        <SettledScreen key={route.path}>
          <AdminRoute path={route.path} />
        </SettledScreen>
      );
    case 'my-team':
      return <MyTeamScreen />;
    case 'sign-in':
      return <SignInScreen next={search.get('next')} />;
    case 'not-found':
      return <NotFound />;
  }
}

export function Router() {
  const { pathname, search } = useLocation();
  const route = matchRoute(pathname);
  const first = useRef(true);

  useEffect(() => {
    document.title = routeTitle(matchRoute(pathname));
    if (first.current) {
      first.current = false;
      return;
    }
    // A screen change is announced to screen readers by moving focus to the new content.
    window.scrollTo(0, 0);
    document.getElementById('main')?.focus({ preventScroll: true });
  }, [pathname]);

  return (
    <Suspense fallback={<Loading />}>
      <Screen route={route} search={search} />
    </Suspense>
  );
}
