import { useState } from 'react';
import { TextField } from '../../../components/ui/text-field';
import { t } from '../../../i18n/translate';
import { api } from '../../../lib/api/client';
import { formatDateTime } from '../../../lib/format';
import { useAdminAction, useAdminQuery } from '../api/admin-api';
import { ConfirmAction } from './confirm-action';

interface TeamWithdrawProps {
  seasonId: string;
  teamId: string;
  teamName: string;
}

/** The fixtures that would become walkovers, listed by name and date inside the confirmation. */
function WithdrawPreview({ seasonId, teamId, teamName }: TeamWithdrawProps) {
  const fixtures = useAdminQuery(['seasons', seasonId, 'fixtures', { teamId }], (signal) =>
    api.GET('/api/v1/seasons/{id}/fixtures', {
      params: { path: { id: seasonId }, query: { team_id: teamId, limit: 200 } },
      signal,
    }),
  );
  const rounds = useAdminQuery(['seasons', seasonId, 'rounds'], (signal) =>
    api.GET('/api/v1/seasons/{id}/rounds', {
      params: { path: { id: seasonId }, query: { limit: 100 } },
      signal,
    }),
  );
  if (!fixtures.data || !rounds.data) return <p className="muted small">{t('common.loading')}</p>;
  const finalized = new Set(
    rounds.data.data.filter((round) => round.status === 'FINALIZED').map((round) => round.round),
  );
  // As the server withdraws (seasons/withdrawal.ts): SCHEDULED or POSTPONED, in a round not finalized.
  const unplayed = fixtures.data.data.filter(
    (fixture) =>
      (fixture.status === 'SCHEDULED' || fixture.status === 'POSTPONED') && !finalized.has(fixture.round),
  );
  const started = fixtures.data.data.filter((fixture) => fixture.status === 'ONGOING');
  return (
    <div className="stack--tight">
      <p>{t('withdraw.consequences', { team: teamName })}</p>
      {unplayed.length === 0 ? (
        <p>{t('withdraw.noWalkovers')}</p>
      ) : (
        <>
          <p>{t('withdraw.walkovers', { n: unplayed.length })}</p>
          <ul className="plain-list" aria-label={t('withdraw.walkoversList')}>
            {unplayed.map((fixture) => {
              const opponent =
                fixture.home_team_id === teamId ? fixture.guest_team_name : fixture.home_team_name;
              return (
                <li key={fixture.id} className="plain-list__item small">
                  {t('withdraw.walkoverFor', {
                    round: fixture.round,
                    opponent,
                    when: formatDateTime(fixture.scheduled_at) ?? t('withdraw.noDate'),
                  })}
                </li>
              );
            })}
          </ul>
        </>
      )}
      {started.length > 0 ? (
        <p className="muted small">{t('withdraw.started', { n: started.length })}</p>
      ) : null}
    </div>
  );
}

/** Withdrawing a team cannot be undone: the confirmation says what happens to its fixtures and players. */
export function TeamWithdraw(props: TeamWithdrawProps) {
  const { seasonId, teamId } = props;
  const [reason, setReason] = useState('');
  const withdraw = useAdminAction(() =>
    api.POST('/api/v1/seasons/{id}/teams/{teamId}/withdraw', {
      params: { path: { id: seasonId, teamId } },
      body: { reason: reason.trim() },
    }),
  );
  return (
    <ConfirmAction
      label={t('withdraw.label')}
      danger
      consequences={
        <>
          <WithdrawPreview {...props} />
          <TextField
            label={t('withdraw.reason')}
            value={reason}
            maxLength={500}
            onChange={(e) => setReason(e.target.value)}
          />
        </>
      }
      confirmLabel={t('withdraw.confirm')}
      busy={withdraw.isPending}
      error={withdraw.error}
      errorTitle={t('admin.notSaved')}
      confirmDisabled={!reason.trim()}
      onConfirm={() => withdraw.mutate(undefined)}
      onCancel={() => withdraw.reset()}
    />
  );
}
