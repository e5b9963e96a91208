import type { ReactNode } from 'react';
import { EmptyState } from '../components/ui/empty-state';
import { ErrorMessage } from '../components/ui/error-message';
import { Link } from '../components/ui/link';
import { Loading } from '../components/ui/loading';
import { type Season, useActiveSeason } from '../features/seasons/api/get-active-season';
import { t } from '../i18n/translate';

/** Season-scoped screens render only once the active season is known. */
export function SeasonGate({ children }: { children: (season: Season) => ReactNode }) {
  const season = useActiveSeason();
  if (season.isPending) return <Loading label={t('season.loading')} />;
  if (season.isError) {
    return (
      <ErrorMessage title={t('season.loadError')} error={season.error} onRetry={() => season.refetch()} />
    );
  }
  if (!season.data) {
    return (
      <EmptyState title={t('season.none')}>
        <p>{t('season.noneBody')}</p>
        <Link className="back-link" href="/seasons">
          {t('season.archiveLink')}
        </Link>
      </EmptyState>
    );
  }
  return <>{children(season.data)}</>;
}
