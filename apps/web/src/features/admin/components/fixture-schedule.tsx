import { useState } from 'react';
import { Button } from '../../../components/ui/button';
import { ErrorMessage } from '../../../components/ui/error-message';
import { TextField } from '../../../components/ui/text-field';
import { t } from '../../../i18n/translate';
import { api } from '../../../lib/api/client';
import { formatDateTime, fromLocalParts, localParts } from '../../../lib/format';
import { useAdminAction } from '../api/admin-api';
import type { AdminFixture } from './fixture-admin';

/**
 * Date, time (the league's zone) and venue. A scheduled fixture is edited in place; a postponed one is
 * rescheduled, which puts it back to SCHEDULED in its round, on the proposed date or a new one.
 */
export function FixtureSchedule({ fixture }: { fixture: AdminFixture }) {
  const local = localParts(fixture.scheduled_at);
  const [date, setDate] = useState(local?.date ?? '');
  const [time, setTime] = useState(local?.time ?? '19:30');
  const [venue, setVenue] = useState(fixture.venue ?? '');
  const params = { path: { id: fixture.id } };
  const postponed = fixture.status === 'POSTPONED';
  const save = useAdminAction((scheduledAt: string) =>
    postponed
      ? api.POST('/api/v1/fixtures/{id}/reschedule', {
          params,
          body: { scheduled_at: scheduledAt, venue: venue.trim() || null },
        })
      : api.PATCH('/api/v1/fixtures/{id}', {
          params,
          body: { scheduled_at: scheduledAt, venue: venue.trim() || null },
        }),
  );
  const proposed = postponed ? fixture.proposed_at : null;
  return (
    <section className="stack--tight" aria-labelledby={`schedule-${fixture.id}`}>
      <h3 id={`schedule-${fixture.id}`} className="subsection-title">
        {postponed ? t('admin.rescheduleTitle') : t('admin.scheduleTitle')}
      </h3>
      {postponed ? <p className="muted small">{t('admin.postponedNow')}</p> : null}
      {proposed ? (
        <div className="stack--tight">
          <p>{t('admin.proposedDate', { when: formatDateTime(proposed) ?? '' })}</p>
          <Button busy={save.isPending} onClick={() => save.mutate(proposed)}>
            {t('admin.acceptProposed')}
          </Button>
        </div>
      ) : null}
      <TextField label={t('admin.date')} type="date" value={date} onChange={(e) => setDate(e.target.value)} />
      <TextField
        label={t('admin.startTime')}
        type="time"
        value={time}
        onChange={(e) => setTime(e.target.value)}
      />
      <TextField
        label={t('admin.venue')}
        value={venue}
        maxLength={200}
        onChange={(e) => setVenue(e.target.value)}
      />
      {save.isError ? <ErrorMessage title={t('admin.notSaved')} error={save.error} /> : null}
      {save.isSuccess ? <p role="status">{t('common.saved')}</p> : null}
      <Button
        variant={postponed ? 'primary' : 'secondary'}
        busy={save.isPending}
        disabled={!date || !time}
        onClick={() => save.mutate(fromLocalParts(date, time))}
      >
        {postponed ? t('admin.reschedule') : t('admin.saveSchedule')}
      </Button>
    </section>
  );
}
