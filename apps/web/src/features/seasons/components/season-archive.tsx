import { EmptyState } from '../../../components/ui/empty-state';
import { ErrorMessage } from '../../../components/ui/error-message';
import { Link } from '../../../components/ui/link';
import { Loading } from '../../../components/ui/loading';
import { PageHeader } from '../../../components/ui/page-header';
import { t, tCode } from '../../../i18n/translate';
import { useSeasons } from '../api/get-seasons';

/** Every season, newest first: finished ones stay browsable with their final tables. */
export function SeasonArchive() {
  const seasons = useSeasons();
  return (
    <section className="stack">
      <PageHeader title={t('title.archive')} />
      {seasons.isPending ? <Loading /> : null}
      {seasons.isError ? (
        <ErrorMessage title={t('season.loadError')} error={seasons.error} onRetry={() => seasons.refetch()} />
      ) : null}
      {seasons.data?.length === 0 ? <EmptyState title={t('season.none')} /> : null}
      <ul className="link-list card">
        {(seasons.data ?? []).map((season) => (
          <li key={season.id}>
            <Link
              className="link-list__item"
              href={season.status === 'ACTIVE' ? '/' : `/seasons/${season.id}`}
            >
              <span>
                <strong>{season.name}</strong> <span className="muted small">{season.year}</span>
              </span>
              <span className="badge">{tCode('seasonStatus', season.status)}</span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
