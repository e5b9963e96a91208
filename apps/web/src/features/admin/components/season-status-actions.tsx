import { useState } from 'react';
import { TextField } from '../../../components/ui/text-field';
import { t } from '../../../i18n/translate';
import { api } from '../../../lib/api/client';
import { isApiError } from '../../../lib/api-error';
import { type AdminSeason, useAdminAction } from '../api/admin-api';
import { ConfirmAction } from './confirm-action';

/** Start an upcoming season, finish an active one; a finished season has nothing left to do. */
export function SeasonStatusActions({ season }: { season: AdminSeason }) {
  const [reason, setReason] = useState('');
  const params = { path: { id: season.id } };
  const start = useAdminAction(() => api.POST('/api/v1/seasons/{id}/start', { params }));
  const finish = useAdminAction((force: boolean) =>
    api.POST('/api/v1/seasons/{id}/finish', {
      params,
      body: force ? { force: true, reason: reason.trim() } : {},
    }),
  );
  if (season.status === 'UPCOMING') {
    return (
      <section className="card stack" aria-label={t('season.start')}>
        <ConfirmAction
          label={t('season.start')}
          confirmLabel={t('season.startConfirm')}
          consequences={<p>{t('season.startExplain', { name: season.name })}</p>}
          busy={start.isPending}
          error={start.error}
          errorTitle={t('season.notStarted')}
          onConfirm={() => start.mutate(undefined)}
          onCancel={() => start.reset()}
        />
      </section>
    );
  }
  if (season.status !== 'ACTIVE') return null;
  const needsForce = isApiError(finish.error) && finish.error.code === 'ROUNDS_NOT_FINALIZED';
  return (
    <section className="card stack" aria-label={t('season.finish')}>
      <ConfirmAction
        label={t('season.finish')}
        confirmLabel={needsForce ? t('season.finishForce') : t('season.finishConfirm')}
        danger
        consequences={
          <>
            <p>{t('season.finishExplain', { name: season.name })}</p>
            {needsForce ? (
              <TextField
                label={t('season.finishReason')}
                value={reason}
                onChange={(event) => setReason(event.target.value)}
              />
            ) : null}
          </>
        }
        busy={finish.isPending}
        error={finish.error}
        errorTitle={t('season.notFinished')}
        onConfirm={() => finish.mutate(needsForce && reason.trim() !== '')}
        onCancel={() => finish.reset()}
      />
    </section>
  );
}
