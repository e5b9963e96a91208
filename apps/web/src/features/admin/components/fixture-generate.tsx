import { type FormEvent, useState } from 'react';
import { Button } from '../../../components/ui/button';
import { ErrorMessage } from '../../../components/ui/error-message';
import { Link } from '../../../components/ui/link';
import { TextField } from '../../../components/ui/text-field';
import { t } from '../../../i18n/translate';
import { apiRequest } from '../../../lib/api-client';
import { fromLocalParts } from '../../../lib/format';
import { type AdminSeason, useApiAction, useApiQuery } from '../api/admin-api';
import { roundDate } from '../schedule';

interface GeneratedFixture {
  id: string;
  round: number;
}

interface GenerateInput {
  start: string;
  time: string;
  days: number;
  double: boolean;
}

/**
 * The round-robin schedule in the league's local date and time: the server draws the pairings and the
 * round dates; each fixture is then set to the chosen hour (19:30 by default) in the league's zone.
 */
export function FixtureGenerate({ season }: { season: AdminSeason }) {
  const existing = useApiQuery<unknown[]>(`/seasons/${season.id}/fixtures`, { limit: 1 });
  const [start, setStart] = useState(season.start_date ?? new Date().toISOString().slice(0, 10));
  const [time, setTime] = useState('19:30');
  const [days, setDays] = useState('7');
  const [double, setDouble] = useState(false);
  const generate = useApiAction<GenerateInput, GeneratedFixture[]>((input) => ({
    path: `/seasons/${season.id}/fixtures/generate`,
    method: 'POST',
    body: { start_date: input.start, days_between_rounds: input.days, double_round_robin: input.double },
  }));
  const [timing, setTiming] = useState<'idle' | 'busy' | 'done'>('idle');
  const [timingError, setTimingError] = useState<unknown>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const input = { start, time, days: Number(days) || 7, double };
    const fixtures = await generate.mutateAsync(input).catch(() => null);
    if (!fixtures) return;
    setTiming('busy');
    try {
      for (const fixture of fixtures) {
        const scheduled_at = fromLocalParts(roundDate(input.start, fixture.round, input.days), input.time);
        await apiRequest(`/fixtures/${fixture.id}`, { method: 'PATCH', body: { scheduled_at } });
      }
      setTiming('done');
      await existing.refetch();
    } catch (error) {
      setTimingError(error);
      setTiming('idle');
    }
  };

  const total = existing.data?.meta?.total ?? 0;
  if (existing.isPending) return null;
  if (total > 0 && timing !== 'busy') {
    return (
      <section className="card stack" aria-labelledby="fixtures-admin">
        <h2 id="fixtures-admin" className="section-title">
          {t('nav.fixtures')}
        </h2>
        {timing === 'done' ? (
          <p role="status">{t('admin.generated', { n: total, time })}</p>
        ) : (
          <p>{t('admin.fixtureCount', { n: total })}</p>
        )}
        <Link className="button button--secondary" href="/fixtures">
          {t('admin.openFixtures')}
        </Link>
      </section>
    );
  }
  return (
    <form className="card stack" onSubmit={submit} aria-labelledby="fixtures-admin">
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
      {generate.isError ? <ErrorMessage title={t('admin.notGenerated')} error={generate.error} /> : null}
      {timingError ? <ErrorMessage title={t('admin.notTimed')} error={timingError} /> : null}
      <Button type="submit" busy={generate.isPending || timing === 'busy'}>
        {t('admin.generateButton')}
      </Button>
    </form>
  );
}
