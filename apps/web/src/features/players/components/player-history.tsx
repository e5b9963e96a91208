import { ErrorMessage } from '../../../components/ui/error-message';
import { Loading } from '../../../components/ui/loading';
import { Notice } from '../../../components/ui/notice';
import { isMissingEndpoint } from '../../../lib/api-error';
import { usePlayerHistory } from '../api/get-player-history';
import { describeFields, describeLists } from '../describe-fields';

const SHOWN = 10;

export function PlayerHistory({ playerId }: { playerId: string }) {
  const history = usePlayerHistory(playerId);
  if (history.isPending) return <Loading label="Loading history…" />;
  if (isMissingEndpoint(history.error)) {
    return <Notice>Match history is not available on this server yet.</Notice>;
  }
  if (history.isError) return <ErrorMessage title="Could not load the history" error={history.error} />;
  const lists = describeLists(history.data).filter((list) => list.items.length > 0);
  if (lists.length === 0) return <p className="muted">No history yet.</p>;
  return (
    <div className="stack">
      {lists.map((list) => (
        <section key={list.key} className="stack--tight">
          <h3 className="subsection-title">{list.label}</h3>
          <ul className="plain-list">
            {list.items.slice(0, SHOWN).map((item, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: history entries are shown in the server's order.
              <li key={index} className="plain-list__item">
                {describeFields(item)
                  .map((field) => `${field.label}: ${field.value}`)
                  .join(' · ')}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
