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

/** The fixtures that would become walkovers, as the server will make them, inside the confirmation. */
function WithdrawPreview({ seasonId, teamId, teamName }: TeamWithdrawProps) {
  const preview = useAdminQuery(['seasons', seasonId, 'teams', teamId, 'withdrawal'], (signal) =>
    api.GET('/api/v1/seasons/{id}/teams/{teamId}/withdrawal', {
      params: { path: { id: seasonId, teamId } },
      signal,
    }),
  );
  if (!preview.data) return <p className="muted small">{t('common.loading')}</p>;
  const { walkovers, fixtures_started: started } = preview.data.data;
  return (
    <div className="stack--tight">
      <p>{t('withdraw.consequences', { team: teamName })}</p>
      {walkovers.length === 0 ? (
        <p>{t('withdraw.noWalkovers')}</p>
      ) : (
        <>
          <p>{t('withdraw.walkovers', { n: walkovers.length })}</p>
          <ul className="plain-list" aria-label={t('withdraw.walkoversList')}>
            {walkovers.map((fixture) => (
              <li key={fixture.fixture_id} className="plain-list__item small">
                {t('withdraw.walkoverFor', {
                  round: fixture.round,
                  opponent: fixture.opponent_team_name,
                  when: formatDateTime(fixture.scheduled_at) ?? t('withdraw.noDate'),
                })}
              </li>
            ))}
          </ul>
        </>
      )}
      {started > 0 ? <p className="muted small">{t('withdraw.started', { n: started })}</p> : null}
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
