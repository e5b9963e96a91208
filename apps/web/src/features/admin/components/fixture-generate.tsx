import { useState } from 'react';
import { CardSection } from '../../../components/ui/card-section';
import { Link } from '../../../components/ui/link';
import { TextField } from '../../../components/ui/text-field';
import { t } from '../../../i18n/translate';
import { api } from '../../../lib/api/client';
import { type AdminSeason, useAdminAction, useAdminQuery } from '../api/admin-api';
import { FormFrame } from './form-frame';

/**
 * The round-robin schedule in the league's local date and time: the server draws the pairings and
 * dates each round from the first date, every fixture at the chosen hour (19:30 by default) in the
 * season's zone.
 */
export function FixtureGenerate({ season }: { season: AdminSeason }) {
  const existing = useAdminQuery(['seasons', season.id, 'fixtures', 'count'], (signal) =>
    api.GET('/api/v1/seasons/{id}/fixtures', {
      params: { path: { id: season.id }, query: { limit: 1 } },
      signal,
    }),
  );
  const [start, setStart] = useState(season.start_date ?? new Date().toISOString().slice(0, 10));
  const [time, setTime] = useState('19:30');
  const [days, setDays] = useState('7');
  const [double, setDouble] = useState(false);
  const generate = useAdminAction(() =>
    api.POST('/api/v1/seasons/{id}/fixtures/generate', {
      params: { path: { id: season.id } },
      body: {
        start_date: start,
        time,
        days_between_rounds: Math.min(60, Math.max(1, Number(days) || 7)),
        double_round_robin: double,
      },
    }),
  );

  // Just generated: the count comes from the answer, before the list has refetched.
  const total = generate.data?.data.length ?? existing.data?.meta?.total ?? 0;
  if (existing.isPending) return null;
  if (total > 0) {
    return (
      <CardSection id="fixtures-admin" title={t('nav.fixtures')}>
        {generate.isSuccess ? (
          <p role="status">{t('admin.generated', { n: total, time })}</p>
        ) : (
          <p>{t('admin.fixtureCount', { n: total })}</p>
        )}
        <Link className="button button--secondary" href="/fixtures">
          {t('admin.openFixtures')}
        </Link>
      </CardSection>
    );
  }
  return (
    <FormFrame
      className="card stack"
      aria-labelledby="fixtures-admin"
      onSubmit={() => generate.mutate(undefined)}
      submitLabel={t('admin.generateButton')}
      busy={generate.isPending}
      error={generate.error}
      errorTitle={t('admin.notGenerated')}
    >
      <h2 id="fixtures-admin" className="section-title">
        {t('admin.generate')}
      </h2>
      <p className="muted small">{t('admin.generateExplain')}</p>
      <TextField
        label={t('admin.firstRoundDate')}
        type="date"
        value={start}
        required
        onChange={(event) => setStart(event.target.value)}
      />
      <TextField
        label={t('admin.startTime')}
        type="time"
        value={time}
        required
        onChange={(event) => setTime(event.target.value)}
      />
      <TextField
        label={t('admin.daysBetween')}
        inputMode="numeric"
        value={days}
        onChange={(event) => setDays(event.target.value.replace(/\D/g, ''))}
      />
      <label className="checkbox">
        <input type="checkbox" checked={double} onChange={(event) => setDouble(event.target.checked)} />
        <span>{t('admin.doubleRoundRobin')}</span>
      </label>
    </FormFrame>
  );
}
