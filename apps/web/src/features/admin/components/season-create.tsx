import { type FormEvent, useState } from 'react';
import { Button } from '../../../components/ui/button';
import { ErrorMessage } from '../../../components/ui/error-message';
import { Link } from '../../../components/ui/link';
import { PageHeader } from '../../../components/ui/page-header';
import { TextField } from '../../../components/ui/text-field';
import { t } from '../../../i18n/translate';
import { type ApiRequestBody, api } from '../../../lib/api/client';
import { navigate } from '../../../lib/navigation';
import { useAdminAction } from '../api/admin-api';
import { draftFromRules, readRules } from '../rules';
import { RulesEditor } from './rules-editor';

export function SeasonCreate() {
  const [name, setName] = useState('');
  const [year, setYear] = useState(String(new Date().getFullYear()));
  const [startDate, setStartDate] = useState('');
  const [timezone, setTimezone] = useState('Asia/Ho_Chi_Minh');
  const [draft, setDraft] = useState(draftFromRules);
  const [attempted, setAttempted] = useState(false);
  const create = useAdminAction(
    (body: ApiRequestBody<'/api/v1/seasons'>) => api.POST('/api/v1/seasons', { body }),
    { onSuccess: (season) => navigate(`/admin/seasons/${season.data.id}`) },
  );
  const { rules, invalid } = readRules(draft);
  const missingName = name.trim() === '';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setAttempted(true);
    if (missingName || invalid.size > 0) return;
    create.mutate({
      name: name.trim(),
      year: Number(year),
      ...(startDate ? { start_date: startDate } : {}),
      ...(timezone.trim() ? { timezone: timezone.trim() } : {}),
      // A null rule ("as the format does") is left out: the server's validation coerces null to false.
      rules: Object.fromEntries(Object.entries(rules).filter(([, value]) => value !== null)),
    });
  };

  return (
    <section className="stack">
      <Link className="back-link" href="/admin">
        ‹ {t('admin.title')}
      </Link>
      <PageHeader title={t('admin.newSeason')} />
      <form className="stack" onSubmit={submit} noValidate aria-label={t('admin.newSeason')}>
        <div className="card stack">
          <TextField
            label={t('season.name')}
            value={name}
            required
            aria-invalid={(attempted && missingName) || undefined}
            onChange={(event) => setName(event.target.value)}
          />
          <TextField
            label={t('season.year')}
            inputMode="numeric"
            value={year}
            onChange={(event) => setYear(event.target.value.replace(/\D/g, ''))}
          />
          <TextField
            label={t('season.timezone')}
            value={timezone}
            maxLength={64}
            aria-describedby="season-timezone-help"
            onChange={(event) => setTimezone(event.target.value)}
          />
          <p id="season-timezone-help" className="muted small">
            {t('season.timezoneHelp')}
          </p>
          <TextField
            label={t('season.startDate')}
            type="date"
            value={startDate}
            onChange={(event) => setStartDate(event.target.value)}
          />
        </div>
        <RulesEditor draft={draft} invalid={attempted ? invalid : new Set()} onChange={setDraft} />
        {attempted && (missingName || invalid.size > 0) ? (
          <div className="notice notice--warning" role="status">
            {missingName ? t('season.nameMissing') : t('rules.fix')}
          </div>
        ) : null}
        {create.isError ? <ErrorMessage title={t('season.notCreated')} error={create.error} /> : null}
        <Button type="submit" busy={create.isPending}>
          {t('season.create')}
        </Button>
      </form>
    </section>
  );
}
