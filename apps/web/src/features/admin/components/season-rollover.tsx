import { useState } from 'react';
import { Button } from '../../../components/ui/button';
import { ErrorMessage } from '../../../components/ui/error-message';
import { Link } from '../../../components/ui/link';
import { TextField } from '../../../components/ui/text-field';
import { t } from '../../../i18n/translate';
import { type AdminSeason, type Division, useApiAction, useApiQuery } from '../api/admin-api';

interface Movement {
  team_id: string;
  from_division_id: string;
  to_division_id: string;
}

interface RollOver {
  season: AdminSeason;
  movements: Movement[];
}

/** The next season from a finished one: same divisions and teams, moved up and down by the final table. */
export function SeasonRollover({ season }: { season: AdminSeason }) {
  const [name, setName] = useState('');
  const [year, setYear] = useState(String(season.year + 1));
  const [result, setResult] = useState<RollOver | null>(null);
  const teams = useApiQuery<{ team_id: string; team_name: string }[]>(`/seasons/${season.id}/teams`);
  const before = useApiQuery<Division[]>(`/seasons/${season.id}/divisions`);
  const after = useApiQuery<Division[]>(result ? `/seasons/${result.season.id}/divisions` : null);
  const next = useApiAction<undefined, RollOver>(
    () => ({
      path: `/seasons/${season.id}/next`,
      method: 'POST',
      body: { name: name.trim(), year: Number(year) },
    }),
    { onSuccess: setResult },
  );
  const teamName = (id: string) => teams.data?.data.find((team) => team.team_id === id)?.team_name ?? id;
  const divisionName = (list: Division[] | undefined, id: string) =>
    list?.find((division) => division.id === id)?.name ?? '';
  return (
    <section className="card stack" aria-labelledby="rollover">
      <h2 id="rollover" className="section-title">
        {t('rollover.title')}
      </h2>
      <p className="muted small">{t('rollover.explain')}</p>
      {result ? (
        <>
          <p role="status">{t('rollover.done', { name: result.season.name })}</p>
          {result.movements.length === 0 ? <p>{t('rollover.noMovements')}</p> : null}
          <ul className="plain-list">
            {result.movements.map((movement) => (
              <li key={movement.team_id} className="plain-list__item">
                {t('rollover.movement', {
                  team: teamName(movement.team_id),
                  from: divisionName(before.data?.data, movement.from_division_id),
                  to: divisionName(after.data?.data, movement.to_division_id),
                })}
              </li>
            ))}
          </ul>
          <Link href={`/admin/seasons/${result.season.id}`}>
            {t('rollover.open', { name: result.season.name })}
          </Link>
        </>
      ) : (
        <>
          <TextField
            label={t('season.name')}
            value={name}
            maxLength={100}
            onChange={(e) => setName(e.target.value)}
          />
          <TextField
            label={t('season.year')}
            inputMode="numeric"
            value={year}
            onChange={(e) => setYear(e.target.value.replace(/\D/g, ''))}
          />
          {next.isError ? <ErrorMessage title={t('admin.notSaved')} error={next.error} /> : null}
          <Button
            disabled={!name.trim() || !year}
            busy={next.isPending}
            onClick={() => next.mutate(undefined)}
          >
            {t('rollover.create')}
          </Button>
        </>
      )}
    </section>
  );
}
