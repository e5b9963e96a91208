import { useState } from 'react';
import { Button } from '../../../components/ui/button';
import { ErrorMessage } from '../../../components/ui/error-message';
import { TextField } from '../../../components/ui/text-field';
import { t } from '../../../i18n/translate';
import { api } from '../../../lib/api/client';
import { formatDateTime, fromLocalParts } from '../../../lib/format';
import { useCaptainAction } from '../api/use-captain-action';

interface PostponeRequestProps {
  fixtureId: string;
  /** The other side proposed this date: this captain may accept it. */
  acceptable: string | null;
}

/** Ask to postpone with a proposed date (league time), or accept the date the other side proposed. */
export function PostponeRequest({ fixtureId, acceptable }: PostponeRequestProps) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [date, setDate] = useState('');
  const [time, setTime] = useState('19:30');
  const postpone = useCaptainAction(() =>
    api.POST('/api/v1/fixtures/{id}/postpone', {
      params: { path: { id: fixtureId } },
      body: { reason: reason.trim(), ...(date ? { proposed_at: fromLocalParts(date, time) } : {}) },
    }),
  );
  const accept = useCaptainAction((scheduledAt: string) =>
    api.POST('/api/v1/fixtures/{id}/reschedule', {
      params: { path: { id: fixtureId } },
      body: { scheduled_at: scheduledAt },
    }),
  );
  return (
    <section className="card stack--tight" aria-labelledby="postpone-title">
      <h2 id="postpone-title" className="section-title">
        {t('captain.postponeTitle')}
      </h2>
      {acceptable ? (
        <>
          <p>{t('captain.proposed', { when: formatDateTime(acceptable) ?? '' })}</p>
          {accept.error ? <ErrorMessage title={t('captain.acceptFailed')} error={accept.error} /> : null}
          <Button busy={accept.isPending} onClick={() => accept.mutate(acceptable)}>
            {t('captain.acceptDate')}
          </Button>
        </>
      ) : null}
      {open ? (
        <>
          <TextField
            label={t('captain.postponeReason')}
            value={reason}
            maxLength={500}
            onChange={(e) => setReason(e.target.value)}
          />
          <TextField
            label={t('captain.proposedDate')}
            type="date"
            value={date}
            onChange={(e) => setDate(e.target.value)}
          />
          <TextField
            label={t('captain.proposedTime')}
            type="time"
            value={time}
            onChange={(e) => setTime(e.target.value)}
          />
          {postpone.error ? (
            <ErrorMessage title={t('captain.postponeFailed')} error={postpone.error} />
          ) : null}
          <div className="button-row">
            <Button
              busy={postpone.isPending}
              disabled={!reason.trim()}
              onClick={() => postpone.mutate(undefined)}
            >
              {t('captain.postponeSend')}
            </Button>
            <Button variant="secondary" onClick={() => setOpen(false)}>
              {t('common.cancel')}
            </Button>
          </div>
        </>
      ) : (
        <Button variant="secondary" onClick={() => setOpen(true)}>
          {t('captain.postpone')}
        </Button>
      )}
    </section>
  );
}
