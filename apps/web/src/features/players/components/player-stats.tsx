import { ErrorMessage } from '../../../components/ui/error-message';
import { Loading } from '../../../components/ui/loading';
import { Notice } from '../../../components/ui/notice';
import { t } from '../../../i18n/translate';
import { isMissingEndpoint } from '../../../lib/api-error';
import { usePlayerStats } from '../api/get-player-stats';
import { statTiles } from '../stat-labels';

export function PlayerStats({ playerId, seasonId }: { playerId: string; seasonId: string | undefined }) {
  const stats = usePlayerStats(playerId, seasonId);
  if (stats.isPending) return <Loading label={t('player.statsLoading')} />;
  if (isMissingEndpoint(stats.error)) return <Notice>{t('player.statsMissing')}</Notice>;
  if (stats.isError) return <ErrorMessage title={t('player.statsError')} error={stats.error} />;
  if (stats.data.played === 0) return <p className="muted">{t('player.noMatchesSeason')}</p>;
  return (
    <dl className="stats-grid">
      {statTiles(stats.data).map((tile) => (
        <div key={tile.label} className="stats-grid__item">
          <dt>{tile.label}</dt>
          <dd>{tile.value}</dd>
        </div>
      ))}
    </dl>
  );
}
