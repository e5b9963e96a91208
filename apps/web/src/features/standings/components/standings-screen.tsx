import { EmptyState } from '../../../components/ui/empty-state';
import { ErrorMessage } from '../../../components/ui/error-message';
import { Loading } from '../../../components/ui/loading';
import { PageHeader } from '../../../components/ui/page-header';
import { t } from '../../../i18n/translate';
import { useStandings } from '../api/get-standings';
import { StandingsTable } from './standings-table';

export function StandingsScreen({ seasonId, seasonName }: { seasonId: string; seasonName: string }) {
  const standings = useStandings(seasonId);
  return (
    <section className="stack">
      <PageHeader title={t('standings.title')} subtitle={seasonName} />
      {standings.isPending ? <Loading label={t('standings.loading')} /> : null}
      {standings.isError ? (
        <ErrorMessage
          title={t('standings.loadError')}
          error={standings.error}
          onRetry={() => standings.refetch()}
        />
      ) : null}
      {standings.isSuccess && standings.data.length === 0 ? (
        <EmptyState title={t('standings.empty')}>{t('standings.emptyBody')}</EmptyState>
      ) : null}
      {standings.isSuccess && standings.data.length > 0 ? (
        <>
          <StandingsTable rows={standings.data} caption={t('standings.caption', { season: seasonName })} />
          <p className="muted small">{t('standings.ties')}</p>
        </>
      ) : null}
    </section>
  );
}
