import { useState } from 'react';
import { Button } from '../../../components/ui/button';
import { ErrorMessage } from '../../../components/ui/error-message';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import { t } from '../../../i18n/translate';
import { formatDateTime, fromLocalParts, localParts } from '../../../lib/format';
import { useApiAction } from '../api/admin-api';
import { ConfirmAction } from './confirm-action';

export interface AdminFixture {
  id: string;
  status: string;
  scheduled_at: string | null;
  venue: string | null;
  home_team_id: string;
  home_team_name: string;
  guest_team_id: string;
  guest_team_name: string;
  proposed_at?: string | null;
}

/** Organiser tools on a fixture: date and time in the league's zone, venue, postpone, walkover. */
export default function FixtureAdmin({ fixture, roundOpen }: { fixture: AdminFixture; roundOpen: boolean }) {
  const local = localParts(fixture.scheduled_at);
  const [date, setDate] = useState(local?.date ?? '');
  const [time, setTime] = useState(local?.time ?? '19:30');
  const [venue, setVenue] = useState(fixture.venue ?? '');
  const [winner, setWinner] = useState('');
  const patch = useApiAction((body: Record<string, unknown>) => ({
    path: `/fixtures/${fixture.id}`,
    method: 'PATCH',
    body,
  }));
  const walkover = useApiAction(() => ({
    path: `/fixtures/${fixture.id}`,
    method: 'PATCH',
    body: { status: 'WALKOVER', walkover_winner_team_id: winner },
  }));
  const postpone = useApiAction(() => ({
    path: `/fixtures/${fixture.id}`,
    method: 'PATCH',
    body: { status: 'POSTPONED' },
  }));
  const accept = useApiAction(() => ({
    path: `/fixtures/${fixture.id}/reschedule`,
    method: 'POST',
    body: { scheduled_at: fixture.proposed_at },
  }));
  const editable = fixture.status === 'SCHEDULED' || fixture.status === 'POSTPONED';
  if (!editable) return null;
  const teams = [
    { value: fixture.home_team_id, label: fixture.home_team_name },
    { value: fixture.guest_team_id, label: fixture.guest_team_name },
  ];
  const winnerName = teams.find((team) => team.value === winner)?.label ?? '';
  const loserName = teams.find((team) => team.value !== winner)?.label ?? '';
  return (
    <details className="card fixture-admin">
      <summary className="section-title">{t('admin.fixtureTools')}</summary>
      <div className="stack">
        {fixture.status === 'POSTPONED' && fixture.proposed_at ? (
          <div className="stack--tight">
            <p>{t('admin.proposedDate', { when: formatDateTime(fixture.proposed_at) ?? '' })}</p>
            {accept.isError ? <ErrorMessage title={t('admin.notSaved')} error={accept.error} /> : null}
            <Button busy={accept.isPending} onClick={() => accept.mutate(undefined)}>
              {t('admin.acceptProposed')}
            </Button>
          </div>
        ) : null}
        <div className="stack--tight">
          <TextField
            label={t('admin.date')}
            type="date"
            value={date}
            onChange={(event) => setDate(event.target.value)}
          />
          <TextField
            label={t('admin.startTime')}
            type="time"
            value={time}
            onChange={(event) => setTime(event.target.value)}
          />
          <TextField
            label={t('admin.venue')}
            value={venue}
            onChange={(event) => setVenue(event.target.value)}
          />
          {patch.isError ? <ErrorMessage title={t('admin.notSaved')} error={patch.error} /> : null}
          {patch.isSuccess ? <p role="status">{t('common.saved')}</p> : null}
          <Button
            variant="secondary"
            busy={patch.isPending}
            disabled={!date || !time}
            onClick={() =>
              patch.mutate({
                scheduled_at: fromLocalParts(date, time),
                venue: venue.trim() || null,
                ...(fixture.status === 'POSTPONED' ? { status: 'SCHEDULED' } : {}),
              })
            }
          >
            {fixture.status === 'POSTPONED' ? t('admin.reschedule') : t('admin.saveSchedule')}
          </Button>
        </div>
        {fixture.status === 'SCHEDULED' ? (
          <ConfirmAction
            label={t('admin.postpone')}
            confirmLabel={t('admin.postponeConfirm')}
            consequences={<p>{t('admin.postponeExplain')}</p>}
            busy={postpone.isPending}
            error={postpone.error}
            errorTitle={t('admin.notSaved')}
            onConfirm={() => postpone.mutate(undefined)}
          />
        ) : null}
        {roundOpen ? (
          <div className="stack--tight">
            <SelectField
              label={t('admin.walkoverWinner')}
              value={winner}
              options={teams}
              emptyLabel={t('admin.chooseTeam')}
              onChange={setWinner}
            />
            {winner ? (
              <ConfirmAction
                label={t('admin.walkover')}
                confirmLabel={t('admin.walkoverConfirm')}
                danger
                consequences={<p>{t('admin.walkoverExplain', { winner: winnerName, loser: loserName })}</p>}
                busy={walkover.isPending}
                error={walkover.error}
                errorTitle={t('admin.notSaved')}
                onConfirm={() => walkover.mutate(undefined)}
              />
            ) : null}
          </div>
        ) : null}
      </div>
    </details>
  );
}
