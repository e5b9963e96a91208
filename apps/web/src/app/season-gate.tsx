import type { ReactNode } from 'react';
import { EmptyState } from '../components/ui/empty-state';
import { ErrorMessage } from '../components/ui/error-message';
import { Loading } from '../components/ui/loading';
import { type Season, useActiveSeason } from '../features/seasons/api/get-active-season';

/** Season-scoped screens render only once the active season is known. */
export function SeasonGate({ children }: { children: (season: Season) => ReactNode }) {
  const season = useActiveSeason();
  if (season.isPending) return <Loading label="Loading the season…" />;
  if (season.isError) {
    return (
      <ErrorMessage title="Could not load the season" error={season.error} onRetry={() => season.refetch()} />
    );
  }
  if (!season.data) {
    return (
      <EmptyState title="No season is being played">
        The tables and fixtures appear here once an organiser starts a season.
      </EmptyState>
    );
  }
  return <>{children(season.data)}</>;
}
