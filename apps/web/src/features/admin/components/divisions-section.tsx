import { useState } from 'react';
import { Button } from '../../../components/ui/button';
import { ErrorMessage } from '../../../components/ui/error-message';
import { TextField } from '../../../components/ui/text-field';
import { t } from '../../../i18n/translate';
import { type Division, useApiAction, useApiQuery } from '../api/admin-api';

function DivisionRow({ division, readOnly }: { division: Division; readOnly: boolean }) {
  const [up, setUp] = useState(String(division.promotion_places));
  const [down, setDown] = useState(String(division.relegation_places));
  const save = useApiAction(() => ({
    path: `/divisions/${division.id}`,
    method: 'PATCH',
    body: { promotion_places: Number(up), relegation_places: Number(down) },
  }));
  return (
    <li className="plain-list__item stack--tight">
      <strong>
        {division.name}{' '}
        <span className="muted small">· {t('division.level', { level: division.level })}</span>
      </strong>
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
          <Button variant="secondary" busy={save.isPending} onClick={() => save.mutate(undefined)}>
            {t('common.save')}
          </Button>
        )}
      </div>
      {save.isSuccess ? <p className="muted small">{t('common.saved')}</p> : null}
      {save.isError ? <ErrorMessage title={t('admin.notSaved')} error={save.error} /> : null}
    </li>
  );
}

/** Divisions of the season (1 = top) with the places that go up and down at the roll-over. */
export function DivisionsSection({ seasonId, readOnly }: { seasonId: string; readOnly: boolean }) {
  const divisions = useApiQuery<Division[]>(`/seasons/${seasonId}/divisions`);
  const list = divisions.data?.data ?? [];
  const [name, setName] = useState('');
  const create = useApiAction(
    () => ({
      path: `/seasons/${seasonId}/divisions`,
      method: 'POST',
      body: { name: name.trim(), level: list.length + 1 },
    }),
    { onSuccess: () => setName('') },
  );
  return (
    <section className="card stack" aria-labelledby="divisions">
      <h2 id="divisions" className="section-title">
        {t('division.title')}
      </h2>
      <p className="muted small">{t('division.hint')}</p>
      <ul className="plain-list">
        {list.map((division) => (
          <DivisionRow key={division.id} division={division} readOnly={readOnly} />
        ))}
      </ul>
      {readOnly ? null : (
        <div className="inline-form">
          <TextField
            label={t('division.new', { level: list.length + 1 })}
            value={name}
            maxLength={100}
            onChange={(e) => setName(e.target.value)}
          />
          <Button disabled={!name.trim()} busy={create.isPending} onClick={() => create.mutate(undefined)}>
            {t('division.add')}
          </Button>
        </div>
      )}
      {create.isError ? <ErrorMessage title={t('admin.notSaved')} error={create.error} /> : null}
    </section>
  );
}
