import { ErrorMessage } from '../../../components/ui/error-message';
import { Loading } from '../../../components/ui/loading';
import { t } from '../../../i18n/translate';
import { formatDate, formatPoints, formatSigned } from '../../../lib/format';
import type { PlayerMatch } from '../api/get-player-history';
import { type PointLog, usePointLogs } from '../api/get-point-logs';
import { describePointLog } from '../point-log-text';

const NO_MATCHES = new Map<string, PlayerMatch>();

export function PointLogList({
  logs,
  matches = NO_MATCHES,
}: {
  logs: PointLog[];
  matches?: ReadonlyMap<string, PlayerMatch>;
}) {
  if (logs.length === 0) return <p className="muted">{t('player.noPoints')}</p>;
  return (
    <ul className="plain-list">
      {logs.map((log) => (
        <li key={log.id} className="point-log">
          <span className={log.delta_points >= 0 ? 'point-log__delta gain' : 'point-log__delta loss'}>
            {formatSigned(log.delta_points)}
          </span>
          <span className="point-log__reason">
            {describePointLog(log, matches)}
            <span className="muted small"> · {formatDate(log.created_at)}</span>
          </span>
          <span className="point-log__balance" title={t('player.balanceAfter')}>
            {formatPoints(log.balance_after)}
          </span>
        </li>
      ))}
    </ul>
  );
}

/** For a server without the player history endpoint: the registration's own point log. */
export function RegistrationPointLog({ playerSeasonId }: { playerSeasonId: string }) {
  const logs = usePointLogs(playerSeasonId);
  if (logs.isPending) return <Loading label={t('player.pointsLoading')} />;
  if (logs.isError) return <ErrorMessage title={t('player.pointsError')} error={logs.error} />;
  return <PointLogList logs={logs.data} />;
}
