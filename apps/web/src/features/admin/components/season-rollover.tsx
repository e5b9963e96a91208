import { divisionMovements } from '@pingpong/domain';
import { useState } from 'react';
import { CardSection } from '../../../components/ui/card-section';
import { Link } from '../../../components/ui/link';
import { TextField } from '../../../components/ui/text-field';
import { t } from '../../../i18n/translate';
import { type ApiData, api } from '../../../lib/api/client';
import { type AdminSeason, useAdminAction, useAdminQuery } from '../api/admin-api';
import { ConfirmAction } from './confirm-action';

type RollOver = ApiData<'/api/v1/seasons/{id}/next', 'post'>;

/**
 * The next season from a finished one: same divisions and teams, moved up and down by the final table.
 * Before anything is created the organiser sees the moves, computed by the domain's rule (the one the
 * server applies) over the final standings.
 */
export function SeasonRollover({ season }: { season: AdminSeason }) {
  const [name, setName] = useState('');
  const [year, setYear] = useState(String(season.year + 1));
  const [result, setResult] = useState<RollOver | null>(null);
  const path = { path: { id: season.id } };
  const standings = useAdminQuery(['seasons', season.id, 'standings'], (signal) =>
    api.GET('/api/v1/seasons/{id}/standings', { params: path, signal }),
  );
  const divisions = useAdminQuery(['seasons', season.id, 'divisions'], (signal) =>
    api.GET('/api/v1/seasons/{id}/divisions', { params: path, signal }),
  );
  const next = useAdminAction(
    () =>
      api.POST('/api/v1/seasons/{id}/next', {
        params: path,
        body: { name: name.trim(), year: Number(year) },
      }),
    { onSuccess: (body) => setResult(body.data) },
  );
  const rows = standings.data?.data ?? [];
  const before = divisions.data?.data ?? [];
  const teamName = (id: string) => rows.find((row) => row.team_id === id)?.team_name ?? '';
  const divisionName = (id: string) => before.find((division) => division.id === id)?.name ?? '';
  // Withdrawn teams are not carried over; the rest move by their final position in their division.
  const table = rows.filter((row) => !row.withdrawn).sort((a, b) => a.position - b.position);
  const moves = divisionMovements(before, table);
  const carried = table.length;
  const validYear = /^\d{4}$/.test(year) && Number(year) >= 2000 && Number(year) <= 2100;

  if (result) {
    return (
      <CardSection id="rollover" title={t('rollover.title')}>
        <p role="status">{t('rollover.done', { name: result.season.name })}</p>
        <Link className="button button--primary" href={`/admin/seasons/${result.season.id}`}>
          {t('rollover.open', { name: result.season.name })}
        </Link>
      </CardSection>
    );
  }
  return (
    <CardSection id="rollover" title={t('rollover.title')}>
      <p className="muted small">{t('rollover.explain')}</p>
      <TextField
        label={t('season.name')}
        value={name}
        maxLength={120}
        onChange={(e) => setName(e.target.value)}
      />
      <TextField
        label={t('season.year')}
        inputMode="numeric"
        value={year}
        onChange={(e) => setYear(e.target.value.replace(/\D/g, ''))}
      />
      {name.trim() && validYear ? (
        <ConfirmAction
          label={t('rollover.create')}
          confirmLabel={t('rollover.confirm')}
          consequences={
            <div className="stack--tight">
              <p>{t('rollover.preview', { name: name.trim(), teams: carried })}</p>
              {moves.length === 0 ? (
                <p>{t('rollover.noMovements')}</p>
              ) : (
                <ul className="plain-list" aria-label={t('rollover.moves')}>
                  {moves.map((move) => {
                    const from = before.find((d) => d.id === move.from_division_id);
                    const to = before.find((d) => d.id === move.to_division_id);
                    const up = (to?.level ?? 0) < (from?.level ?? 0);
                    return (
                      <li key={move.team_id} className={up ? 'move move--up' : 'move move--down'}>
                        <span aria-hidden="true">{up ? '▲' : '▼'}</span>{' '}
                        {t(up ? 'rollover.promoted' : 'rollover.relegated', {
                          team: teamName(move.team_id),
                          from: divisionName(move.from_division_id),
                          to: divisionName(move.to_division_id),
                        })}
                      </li>
                    );
                  })}
                </ul>
              )}
            </div>
          }
          busy={next.isPending}
          error={next.error}
          errorTitle={t('admin.notSaved')}
          onConfirm={() => next.mutate(undefined)}
          onCancel={() => next.reset()}
        />
      ) : (
        <p className="muted small">{t('rollover.needName')}</p>
      )}
    </CardSection>
  );
}
