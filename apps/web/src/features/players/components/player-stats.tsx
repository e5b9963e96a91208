import { ErrorMessage } from '../../../components/ui/error-message';
import { Loading } from '../../../components/ui/loading';
import { Notice } from '../../../components/ui/notice';
import { isMissingEndpoint } from '../../../lib/api-error';
import { usePlayerStats } from '../api/get-player-stats';
import { describeFields } from '../describe-fields';

export function PlayerStats({ playerId, seasonId }: { playerId: string; seasonId: string | undefined }) {
  const stats = usePlayerStats(playerId, seasonId);
  if (stats.isPending) return <Loading label="Loading statistics…" />;
  if (isMissingEndpoint(stats.error)) {
    return <Notice>Statistics are not available on this server yet.</Notice>;
  }
  if (stats.isError) return <ErrorMessage title="Could not load statistics" error={stats.error} />;
  const fields = describeFields(stats.data);
  if (fields.length === 0) return <p className="muted">No statistics yet.</p>;
  return (
    <dl className="stats-grid">
      {fields.map((field) => (
        <div key={field.key} className="stats-grid__item">
          <dt>{field.label}</dt>
          <dd>{field.value}</dd>
        </div>
      ))}
    </dl>
  );
}
