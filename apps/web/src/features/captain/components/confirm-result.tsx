import { useState } from 'react';
import { Button } from '../../../components/ui/button';
import { ErrorMessage } from '../../../components/ui/error-message';
import { TextField } from '../../../components/ui/text-field';
import { t } from '../../../i18n/translate';
import { api } from '../../../lib/api/client';
import { formatDateTime } from '../../../lib/format';
import { useCaptainAction } from '../api/use-captain-action';

/** The opponent entered the results: confirm them, or dispute with a reason the organiser reads. */
export function ConfirmResult({ fixtureId, confirmBy }: { fixtureId: string; confirmBy: string | null }) {
  const [reason, setReason] = useState('');
  const [disputing, setDisputing] = useState(false);
  const confirm = useCaptainAction(() =>
    api.POST('/api/v1/fixtures/{id}/confirm', { params: { path: { id: fixtureId } } }),
  );
  const dispute = useCaptainAction(() =>
    api.POST('/api/v1/fixtures/{id}/dispute', {
      params: { path: { id: fixtureId } },
      body: { reason: reason.trim() },
    }),
  );
  return (
    <section className="card stack--tight" aria-labelledby="confirm-title">
      <h2 id="confirm-title" className="section-title">
        {t('captain.confirmTitle')}
      </h2>
      <p className="muted small">{t('captain.confirmHint', { until: formatDateTime(confirmBy) ?? '' })}</p>
      {confirm.error ? <ErrorMessage title={t('captain.confirmFailed')} error={confirm.error} /> : null}
      {dispute.error ? <ErrorMessage title={t('captain.disputeFailed')} error={dispute.error} /> : null}
      {disputing ? (
        <>
          <TextField
            label={t('captain.disputeReason')}
            value={reason}
            maxLength={500}
            onChange={(event) => setReason(event.target.value)}
          />
          <div className="button-row">
            <Button
              variant="danger"
              busy={dispute.isPending}
              disabled={!reason.trim()}
              onClick={() => dispute.mutate(undefined)}
            >
              {t('captain.disputeSend')}
            </Button>
            <Button variant="secondary" onClick={() => setDisputing(false)}>
              {t('common.cancel')}
            </Button>
          </div>
        </>
      ) : (
        <div className="button-row">
          <Button busy={confirm.isPending} onClick={() => confirm.mutate(undefined)}>
            {t('captain.confirm')}
          </Button>
          <Button variant="secondary" onClick={() => setDisputing(true)}>
            {t('captain.dispute')}
          </Button>
        </div>
      )}
    </section>
  );
}
