import { useState } from 'react';
import { TextField } from '../../../components/ui/text-field';
import { t } from '../../../i18n/translate';
import { useApiAction } from '../api/admin-api';
import { ConfirmAction } from './confirm-action';

/** Withdrawing a team cannot be undone: the confirmation says what happens to its fixtures and players. */
export function TeamWithdraw({
  seasonId,
  teamId,
  teamName,
}: {
  seasonId: string;
  teamId: string;
  teamName: string;
}) {
  const [reason, setReason] = useState('');
  const withdraw = useApiAction(() => ({
    path: `/seasons/${seasonId}/teams/${teamId}/withdraw`,
    method: 'POST',
    body: { reason: reason.trim() },
  }));
  return (
    <ConfirmAction
      label={t('withdraw.label')}
      danger
      consequences={
        <>
          <p>{t('withdraw.consequences', { team: teamName })}</p>
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
    />
  );
}
