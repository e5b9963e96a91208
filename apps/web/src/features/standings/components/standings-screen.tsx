import { EmptyState } from '../../../components/ui/empty-state';
import { ErrorMessage } from '../../../components/ui/error-message';
import { Loading } from '../../../components/ui/loading';
import { PageHeader } from '../../../components/ui/page-header';
import { t } from '../../../i18n/translate';
import { useDivisions } from '../api/get-divisions';
import { useStandings } from '../api/get-standings';
import { StandingsTable } from './standings-table';

export function StandingsScreen({ seasonId, seasonName }: { seasonId: string; seasonName: string }) {
  const standings = useStandings(seasonId);
  const divisions = useDivisions(seasonId);
  const groups = (divisions.data ?? [])
    .map((division) => ({
      division,
      rows: (standings.data ?? []).filter((row) => row.division_id === division.id),
    }))
    .filter((group) => group.rows.length > 0);
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
          {groups.length === 0 ? (
            <StandingsTable rows={standings.data} caption={t('standings.caption', { season: seasonName })} />
          ) : (
            groups.map(({ division, rows }) => (
              <section key={division.id} className="stack--tight" aria-label={division.name}>
                <h2 className="section-title">{division.name}</h2>
                <StandingsTable
                  rows={rows}
                  caption={t('standings.caption', { season: `${seasonName} · ${division.name}` })}
                />
              </section>
            ))
          )}
          <p className="muted small">{t('standings.ties')}</p>
        </>
      ) : null}
    </section>
  );
}
