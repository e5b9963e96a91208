import type { QueryClient } from '@tanstack/react-query';
import { fixtureQueryOptions } from '../features/fixtures/api/get-fixture';
import { activeSeasonQueryOptions } from '../features/seasons/api/get-active-season';
import { hasRole, type Session } from '../lib/auth-session';
import { matchRoute, type Route } from './routes';
import * as chunks from './screen-chunks';

type Chunk = () => Promise<unknown>;

/** The on-demand chunks the route's first screen renders, for this account. */
export function chunksFor(route: Route, session: Session | null): Chunk[] {
  switch (route.name) {
    case 'fixture':
      return [
        ...(hasRole(session, 'MODERATOR') ? [chunks.loadLineupEntry] : []),
        ...(hasRole(session, 'ADMIN') ? [chunks.loadFixtureAdmin, chunks.loadVoidResult] : []),
      ];
    case 'result-entry':
      return [chunks.loadResultEntry];
    case 'player':
      return [chunks.loadPlayerScreen];
    case 'team':
      return [chunks.loadTeamRoute];
    case 'seasons':
      return [chunks.loadSeasonArchive];
    case 'season':
      return [chunks.loadSeasonRecord];
    case 'admin':
      return [chunks.loadAdminRoute];
    case 'my-team':
      return [chunks.loadMyTeamScreen];
    case 'sign-in':
      return [chunks.loadSignInScreen];
    default:
      return [];
  }
}

/**
 * Starts what the address's first screen waits for as soon as the app's code has run, before the first
 * render: its chunks and the reads it opens with. Left to the render, each would wait for the one before
 * (English catalog, render, the screen's chunk, its reads), one round trip of a phone's network after
 * another. The screen's own queries find these in the cache, in flight or done, and ask nothing twice.
 */
export function warmUp(queryClient: QueryClient, pathname: string, session: Session | null): void {
  const route = matchRoute(pathname);
  for (const load of chunksFor(route, session)) {
    // Offline or a failed download: the screen asks again when it renders and shows its own error.
    load().catch(() => undefined);
  }
  // The top bar (live badge, time zone) and most screens start from the active season.
  void queryClient.prefetchQuery(activeSeasonQueryOptions());
  if (route.name === 'fixture') void queryClient.prefetchQuery(fixtureQueryOptions(route.fixtureId));
}
