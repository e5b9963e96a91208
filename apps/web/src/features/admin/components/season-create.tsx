import { useState } from 'react';
import { TextField } from '../../../components/ui/text-field';
import { t } from '../../../i18n/translate';
import { type ApiRequestBody, api } from '../../../lib/api/client';
import { navigate } from '../../../lib/navigation';
import { useAdminAction } from '../api/admin-api';
import { draftFromRules, readRules } from '../rules';
import { AdminScreen } from './admin-screen';
import { FormFrame } from './form-frame';
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

  const submit = () => {
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
    <AdminScreen title={t('admin.newSeason')}>
      <FormFrame
        className="stack"
        noValidate
        aria-label={t('admin.newSeason')}
        onSubmit={submit}
        submitLabel={t('season.create')}
        busy={create.isPending}
        error={create.error}
        errorTitle={t('season.notCreated')}
      >
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
      </FormFrame>
    </AdminScreen>
  );
}
