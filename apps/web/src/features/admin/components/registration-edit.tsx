import { useState } from 'react';
import { Button } from '../../../components/ui/button';
import { ErrorMessage } from '../../../components/ui/error-message';
import { SelectField, type SelectOption } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import { t } from '../../../i18n/translate';
import { api } from '../../../lib/api/client';
import { formatPoints } from '../../../lib/format';
import { type Registration, useAdminAction } from '../api/admin-api';
import { ConfirmAction } from './confirm-action';

const STATUSES = ['ACTIVE', 'INACTIVE', 'WITHDRAWN'] as const;
type Status = (typeof STATUSES)[number];
const asStatus = (value: string): Status => STATUSES.find((status) => status === value) ?? 'ACTIVE';

/** Transfer, rank, status and a points adjustment for one registration, behind one disclosure. */
export function RegistrationEdit({
  registration,
  teams,
  ranks,
}: {
  registration: Registration;
  teams: SelectOption[];
  ranks: SelectOption[];
}) {
  const [teamId, setTeamId] = useState(registration.team_id);
  const [rankId, setRankId] = useState(registration.rank_id);
  const [status, setStatus] = useState(asStatus(registration.status));
  const [delta, setDelta] = useState('');
  const [reason, setReason] = useState('');
  const update = useAdminAction(() =>
    api.PATCH('/api/v1/player-seasons/{id}', {
      params: { path: { id: registration.id } },
      body: {
        ...(teamId !== registration.team_id ? { team_id: teamId } : {}),
        ...(rankId !== registration.rank_id ? { rank_id: rankId } : {}),
        ...(status !== registration.status ? { status } : {}),
      },
    }),
  );
  const adjust = useAdminAction(
    () =>
      api.POST('/api/v1/points/adjust', {
        body: {
          player_season_id: registration.id,
          delta_points: Number(delta.replace(',', '.')),
          reason: reason.trim(),
        },
      }),
    {
      onSuccess: () => {
        setDelta('');
        setReason('');
      },
    },
  );
  const changed =
    teamId !== registration.team_id || rankId !== registration.rank_id || status !== registration.status;
  const amount = Number(delta.replace(',', '.'));
  const validAdjustment =
    delta.trim() !== '' && Number.isFinite(amount) && amount !== 0 && reason.trim() !== '';
  return (
    <details className="registration__edit">
      <summary>
        {t('admin.change')}
        <span className="visually-hidden"> {registration.player_name}</span>
      </summary>
      <div className="stack--tight">
        <SelectField
          label={t('admin.transferTo')}
          value={teamId}
          options={teams}
          emptyLabel={t('admin.chooseTeam')}
          onChange={setTeamId}
        />
        <SelectField
          label={t('col.rank')}
          value={rankId}
          options={ranks}
          emptyLabel={registration.rank_id}
          onChange={setRankId}
        />
        <SelectField
          label={t('admin.status')}
          value={status}
          options={STATUSES.map((value) => ({ value, label: t(`registration.${value}`) }))}
          emptyLabel={t('registration.ACTIVE')}
          onChange={(value) => setStatus(asStatus(value))}
        />
        {update.isError ? <ErrorMessage title={t('admin.notSaved')} error={update.error} /> : null}
        <Button
          variant="secondary"
          disabled={!changed}
          busy={update.isPending}
          onClick={() => update.mutate(undefined)}
        >
          {t('common.save')}
        </Button>
        <TextField
          label={t('admin.adjustBy')}
          inputMode="decimal"
          value={delta}
          onChange={(event) => setDelta(event.target.value)}
        />
        <TextField
          label={t('admin.adjustReason')}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
        />
        {validAdjustment ? (
          <ConfirmAction
            label={t('admin.adjust')}
            confirmLabel={t('admin.adjustConfirm')}
            consequences={
              <p>
                {t('admin.adjustExplain', {
                  name: registration.player_name,
                  from: formatPoints(registration.accumulated_points),
                  to: formatPoints(registration.accumulated_points + amount),
                })}
              </p>
            }
            busy={adjust.isPending}
            error={adjust.error}
            errorTitle={t('admin.notSaved')}
            onConfirm={() => adjust.mutate(undefined)}
            onCancel={() => adjust.reset()}
          />
        ) : (
          <p className="muted small">{t('admin.adjustHint')}</p>
        )}
      </div>
    </details>
  );
}
