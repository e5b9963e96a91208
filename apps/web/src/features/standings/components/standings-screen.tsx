import { EmptyState } from '../../../components/ui/empty-state';
import { ErrorMessage } from '../../../components/ui/error-message';
import { Loading } from '../../../components/ui/loading';
import { PageHeader } from '../../../components/ui/page-header';
import { useStandings } from '../api/get-standings';
import { StandingsTable } from './standings-table';

export function StandingsScreen({ seasonId, seasonName }: { seasonId: string; seasonName: string }) {
  const standings = useStandings(seasonId);
  return (
    <section className="stack">
      <PageHeader title="Team standings" subtitle={seasonName} />
      {standings.isPending ? <Loading label="Loading the standings…" /> : null}
      {standings.isError ? (
        <ErrorMessage
          title="Could not load the standings"
          error={standings.error}
          onRetry={() => standings.refetch()}
        />
      ) : null}
      {standings.isSuccess && standings.data.length === 0 ? (
        <EmptyState title="No teams yet">Teams appear here once they are entered in the season.</EmptyState>
      ) : null}
      {standings.isSuccess && standings.data.length > 0 ? (
        <>
          <StandingsTable rows={standings.data} caption={`Team standings, ${seasonName}`} />
          <p className="muted small">
            Ties are broken by individual matches, then games, then balls, then head-to-head.
          </p>
        </>
      ) : null}
    </section>
  );
}
