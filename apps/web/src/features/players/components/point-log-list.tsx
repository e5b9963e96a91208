import { ErrorMessage } from '../../../components/ui/error-message';
import { Loading } from '../../../components/ui/loading';
import { formatDate, formatPoints, formatSigned } from '../../../lib/format';
import { usePointLogs } from '../api/get-point-logs';

export function PointLogList({ playerSeasonId }: { playerSeasonId: string }) {
  const logs = usePointLogs(playerSeasonId);
  if (logs.isPending) return <Loading label="Loading points…" />;
  if (logs.isError) return <ErrorMessage title="Could not load the points history" error={logs.error} />;
  if (logs.data.length === 0) return <p className="muted">No points recorded yet.</p>;
  return (
    <ul className="plain-list">
      {logs.data.map((log) => (
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
