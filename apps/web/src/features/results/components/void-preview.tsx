import { ErrorMessage } from '../../../components/ui/error-message';
import { Loading } from '../../../components/ui/loading';
import { t } from '../../../i18n/translate';
import { formatNumber, formatSigned } from '../../../lib/format';
import { usePointChanges } from '../api/point-changes';

/** "Đỗ Văn Khoa −12.5 → trả lại": per player, what the match gave and what voiding does with it. */
export function VoidPreview({ matchId, order }: { matchId: string; order: number }) {
  const changes = usePointChanges(matchId);
  if (changes.isPending) return <Loading label={t('void.loadingChanges')} />;
  if (changes.isError) {
    return (
      <ErrorMessage title={t('void.changesError')} error={changes.error} onRetry={() => changes.refetch()} />
    );
  }
  const headingId = `void-changes-${matchId}`;
  return (
    <section className="void-changes" aria-labelledby={headingId}>
      <h3 id={headingId} className="void-changes__title">
        {t('void.changesTitle', { order })}
      </h3>
      {changes.data.length === 0 ? (
        <p className="muted small">{t('void.noChanges')}</p>
      ) : (
        <ul className="void-changes__list">
          {changes.data.map((change) => (
            <li key={change.player_id} className="void-changes__row">
              <span className="void-changes__name">{change.player_name}</span>
              <span className="void-changes__points">
                {formatSigned(change.points).replace('-', '−')}{' '}
                <span className="void-changes__undo">
                  → {t(change.points < 0 ? 'void.givenBack' : 'void.takenBack')}
                </span>
              </span>
              {change.rating !== 0 ? (
                <span className="void-changes__rating muted small">
                  {t('void.ratingBack', {
                    rating: `${change.rating > 0 ? '+' : '−'}${formatNumber(Math.abs(change.rating))}`,
                  })}
                </span>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
