import { rankChanges } from '@pingpong/domain';
import { Button } from '../../../components/ui/button';
import { CardSection } from '../../../components/ui/card-section';
import { ErrorMessage } from '../../../components/ui/error-message';
import { t, tCode } from '../../../i18n/translate';
import { api } from '../../../lib/api/client';
import { type AdminRound, useAdminAction, useAdminQuery } from '../api/admin-api';
import { ConfirmAction } from './confirm-action';

/** The rank movements finalizing would make now: the domain's rule over today's ratings. */
function FinalizePreview({ seasonId }: { seasonId: string }) {
  const board = useAdminQuery(['seasons', seasonId, 'leaderboard'], (signal) =>
    api.GET('/api/v1/seasons/{id}/leaderboard', {
      params: { path: { id: seasonId }, query: { limit: 200 } },
      signal,
    }),
  );
  const ranks = useAdminQuery(['ranks'], (signal) => api.GET('/api/v1/ranks', { signal }));
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
  const params = { path: { id: seasonId, round: round.round } };
  const lock = useAdminAction(() => api.POST('/api/v1/seasons/{id}/rounds/{round}/lock', { params }));
  const unlock = useAdminAction(() => api.POST('/api/v1/seasons/{id}/rounds/{round}/unlock', { params }));
  const finalize = useAdminAction(() => api.POST('/api/v1/seasons/{id}/rounds/{round}/finalize', { params }));
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
  const rounds = useAdminQuery(['seasons', seasonId, 'rounds'], (signal) =>
    api.GET('/api/v1/seasons/{id}/rounds', {
      params: { path: { id: seasonId }, query: { limit: 100 } },
      signal,
    }),
  );
  if (!rounds.data || rounds.data.data.length === 0) return null;
  return (
    <CardSection id="rounds-admin" title={t('fixtures.rounds')}>
      <ol className="plain-list">
        {rounds.data.data.map((round) => (
          <RoundRow key={round.round} seasonId={seasonId} round={round} active={active} />
        ))}
      </ol>
    </CardSection>
  );
}
