import { useState } from 'react';
import { Button } from '../../../components/ui/button';
import { CardSection } from '../../../components/ui/card-section';
import { ErrorMessage } from '../../../components/ui/error-message';
import { TextField } from '../../../components/ui/text-field';
import { t } from '../../../i18n/translate';
import { api } from '../../../lib/api/client';
import { type Division, useAdminAction, useAdminQuery } from '../api/admin-api';
import { divisionClash } from '../divisions';

function DivisionRow({
  division,
  others,
  readOnly,
}: {
  division: Division;
  others: Division[];
  readOnly: boolean;
}) {
  const [name, setName] = useState(division.name);
  const [level, setLevel] = useState(String(division.level));
  const [up, setUp] = useState(String(division.promotion_places));
  const [down, setDown] = useState(String(division.relegation_places));
  const save = useAdminAction(() =>
    api.PATCH('/api/v1/divisions/{id}', {
      params: { path: { id: division.id } },
      body: {
        ...(name.trim() !== division.name ? { name: name.trim() } : {}),
        ...(Number(level) !== division.level ? { level: Number(level) } : {}),
        promotion_places: Number(up),
        relegation_places: Number(down),
      },
    }),
  );
  // The server refuses a name or level another division of the season holds: say so before saving.
  const clash = divisionClash(others, name, Number(level));
  const invalid = !name.trim() || !/^\d+$/.test(level) || Number(level) < 1 || Number(level) > 99;
  return (
    <li className="plain-list__item stack--tight">
      <strong>
        {division.name}{' '}
        <span className="muted small">· {t('division.level', { level: division.level })}</span>
      </strong>
      {readOnly ? null : (
        <div className="inline-form">
          <TextField
            label={t('division.name')}
            value={name}
            maxLength={100}
            onChange={(e) => setName(e.target.value)}
          />
          <TextField
            label={t('division.levelField')}
            inputMode="numeric"
            value={level}
            aria-describedby={`division-level-${division.id}`}
            onChange={(e) => setLevel(e.target.value.replace(/\D/g, ''))}
          />
        </div>
      )}
      <div className="inline-form">
        <TextField
          label={t('division.promotion')}
          type="number"
          min={0}
          max={50}
          value={up}
          disabled={readOnly}
          onChange={(e) => setUp(e.target.value)}
        />
        <TextField
          label={t('division.relegation')}
          type="number"
          min={0}
          max={50}
          value={down}
          disabled={readOnly}
          onChange={(e) => setDown(e.target.value)}
        />
        {readOnly ? null : (
          <Button
            variant="secondary"
            disabled={invalid || clash !== null}
            busy={save.isPending}
            onClick={() => save.mutate(undefined)}
          >
            {t('common.save')}
          </Button>
        )}
      </div>
      <p id={`division-level-${division.id}`} className="muted small">
        {clash?.field === 'name'
          ? t('division.nameTaken', { name: clash.division.name })
          : clash?.field === 'level'
            ? t('division.levelTaken', { level: clash.division.level, name: clash.division.name })
            : readOnly
              ? null
              : t('division.levelHint')}
      </p>
      {save.isSuccess ? <p className="muted small">{t('common.saved')}</p> : null}
      {save.isError ? <ErrorMessage title={t('admin.notSaved')} error={save.error} /> : null}
    </li>
  );
}

/** Divisions of the season (1 = top) with the places that go up and down at the roll-over. */
export function DivisionsSection({ seasonId, readOnly }: { seasonId: string; readOnly: boolean }) {
  const divisions = useAdminQuery(['seasons', seasonId, 'divisions'], (signal) =>
    api.GET('/api/v1/seasons/{id}/divisions', { params: { path: { id: seasonId } }, signal }),
  );
  const list = divisions.data?.data ?? [];
  const [name, setName] = useState('');
  const nextLevel = Math.max(0, ...list.map((division) => division.level)) + 1;
  const create = useAdminAction(
    () =>
      api.POST('/api/v1/seasons/{id}/divisions', {
        params: { path: { id: seasonId } },
        body: { name: name.trim(), level: nextLevel },
      }),
    { onSuccess: () => setName('') },
  );
  const clash = divisionClash(list, name, nextLevel);
  return (
    <CardSection id="divisions" title={t('division.title')}>
      <p className="muted small">{t('division.hint')}</p>
      <ul className="plain-list">
        {list.map((division) => (
          <DivisionRow
            key={division.id}
            division={division}
            others={list.filter((other) => other.id !== division.id)}
            readOnly={readOnly}
          />
        ))}
      </ul>
      {readOnly ? null : (
        <div className="inline-form">
          <TextField
            label={t('division.new', { level: nextLevel })}
            value={name}
            maxLength={100}
            onChange={(e) => setName(e.target.value)}
          />
          <Button
            disabled={!name.trim() || clash !== null}
            busy={create.isPending}
            onClick={() => create.mutate(undefined)}
          >
            {t('division.add')}
          </Button>
        </div>
      )}
      {clash ? <p className="muted small">{t('division.nameTaken', { name: clash.division.name })}</p> : null}
      {create.isError ? <ErrorMessage title={t('admin.notSaved')} error={create.error} /> : null}
    </CardSection>
  );
}
