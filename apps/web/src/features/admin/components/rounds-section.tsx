import { rankChanges } from '@pingpong/domain';
import { Button } from '../../../components/ui/button';
import { ErrorMessage } from '../../../components/ui/error-message';
import { t, tCode } from '../../../i18n/translate';
import { type AdminRound, type RankTierRow, useApiAction, useApiQuery } from '../api/admin-api';
import { ConfirmAction } from './confirm-action';

interface LeaderRow {
  player_season_id: string;
  player_name: string;
  rating: number;
  rank_id: string;
}

/** The rank movements finalizing would make now: the domain's rule over today's ratings. */
function FinalizePreview({ seasonId }: { seasonId: string }) {
  const board = useApiQuery<LeaderRow[]>(`/seasons/${seasonId}/leaderboard`, { limit: 200 });
  const ranks = useApiQuery<RankTierRow[]>('/ranks');
  if (!board.data || !ranks.data) return <p className="muted small">{t('common.loading')}</p>;
  const rows = board.data.data;
  const names = new Map(rows.map((row) => [row.player_season_id, row.player_name]));
  const moves = rankChanges(
    rows.map((row) => ({ id: row.player_season_id, rating: row.rating, rank_id: row.rank_id })),
    ranks.data.data,
  );
  return (
    <div className="stack--tight">
      <p>{t('round.finalizeExplain')}</p>
      {moves.length === 0 ? (
        <p className="muted">{t('round.noMoves')}</p>
      ) : (
        <ul className="plain-list" aria-label={t('round.moves')}>
          {moves.map((move) => (
            <li key={move.id} className={move.reason === 'PROMOTION' ? 'move move--up' : 'move move--down'}>
              <span aria-hidden="true">{move.reason === 'PROMOTION' ? '▲' : '▼'}</span>{' '}
              <strong>{names.get(move.id)}</strong> {move.from} → {move.to} (
              {tCode('rankReason', move.reason)})
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function RoundRow({ seasonId, round, active }: { seasonId: string; round: AdminRound; active: boolean }) {
  const act = (action: 'lock' | 'unlock' | 'finalize') =>
    ({ path: `/seasons/${seasonId}/rounds/${round.round}/${action}`, method: 'POST' }) as const;
  const lock = useApiAction(() => act('lock'));
  const unlock = useApiAction(() => act('unlock'));
  const finalize = useApiAction(() => act('finalize'));
  const name = t('round.named', { round: round.round });
  return (
    <li className="round-row">
      <div className="round-row__head">
        <strong>{name}</strong>
        <span className={`badge badge--round-${round.status.toLowerCase()}`}>
          {tCode('roundStatus', round.status)}
        </span>
        <span className="muted small">
          {t('round.counts', { done: round.completed_count, total: round.fixture_count })}
        </span>
      </div>
      {active && round.status === 'OPEN' ? (
        <ConfirmAction
          label={t('round.lock')}
          confirmLabel={t('round.lockConfirm')}
          consequences={<p>{t('round.lockExplain', { round: name, pending: round.pending_count })}</p>}
          busy={lock.isPending}
          error={lock.error}
          errorTitle={t('round.notLocked')}
          onConfirm={() => lock.mutate(undefined)}
          onCancel={() => lock.reset()}
        />
      ) : null}
      {active && round.status === 'LOCKED' ? (
        <div className="stack--tight">
          {round.can_finalize ? (
            <ConfirmAction
              label={t('round.finalize')}
              confirmLabel={t('round.finalizeConfirm')}
              danger
              consequences={<FinalizePreview seasonId={seasonId} />}
              busy={finalize.isPending}
              error={finalize.error}
              errorTitle={t('round.notFinalized')}
              onConfirm={() => finalize.mutate(undefined)}
              onCancel={() => finalize.reset()}
            />
          ) : (
            <p className="muted small">{t('round.cannotFinalize')}</p>
          )}
          <Button variant="secondary" busy={unlock.isPending} onClick={() => unlock.mutate(undefined)}>
            {t('round.unlock')}
          </Button>
          {unlock.isError ? <ErrorMessage title={t('admin.notSaved')} error={unlock.error} /> : null}
        </div>
      ) : null}
    </li>
  );
}

export function RoundsSection({ seasonId, active }: { seasonId: string; active: boolean }) {
  const rounds = useApiQuery<AdminRound[]>(`/seasons/${seasonId}/rounds`, { limit: 100 });
  if (!rounds.data || rounds.data.data.length === 0) return null;
  return (
    <section className="card stack" aria-labelledby="rounds-admin">
      <h2 id="rounds-admin" className="section-title">
        {t('fixtures.rounds')}
      </h2>
      <ol className="plain-list">
        {rounds.data.data.map((round) => (
          <RoundRow key={round.round} seasonId={seasonId} round={round} active={active} />
        ))}
      </ol>
    </section>
  );
}
