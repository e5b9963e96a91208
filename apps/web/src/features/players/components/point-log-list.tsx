import { ErrorMessage } from '../../../components/ui/error-message';
import { Loading } from '../../../components/ui/loading';
import { formatDate, formatPoints, formatSigned } from '../../../lib/format';
import { type PointLog, usePointLogs } from '../api/get-point-logs';

export function PointLogList({ logs }: { logs: PointLog[] }) {
  if (logs.length === 0) return <p className="muted">No points recorded yet.</p>;
  return (
    <ul className="plain-list">
      {logs.map((log) => (
        <li key={log.id} className="point-log">
          <span className={log.delta_points >= 0 ? 'point-log__delta gain' : 'point-log__delta loss'}>
            {formatSigned(log.delta_points)}
          </span>
          <span className="point-log__reason">
            {log.reason}
            <span className="muted small">
              {' '}
              · {log.source} · {formatDate(log.created_at)}
            </span>
          </span>
          <span className="point-log__balance" title="Balance after">
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
  if (logs.isPending) return <Loading label="Loading points…" />;
  if (logs.isError) return <ErrorMessage title="Could not load the points history" error={logs.error} />;
  return <PointLogList logs={logs.data} />;
}
