import { useState } from 'react';
import { SelectField } from '../../../components/ui/select-field';
import { t } from '../../../i18n/translate';
import { api } from '../../../lib/api/client';
import { useAdminAction } from '../api/admin-api';
import { ConfirmAction } from './confirm-action';
import type { AdminFixture } from './fixture-admin';

/** A whole fixture not played: one team is awarded it; the confirmation names who wins and who loses. */
export function FixtureWalkover({ fixture }: { fixture: AdminFixture }) {
  const [winner, setWinner] = useState('');
  const walkover = useAdminAction((winnerId: string) =>
    api.PATCH('/api/v1/fixtures/{id}', {
      params: { path: { id: fixture.id } },
      body: { status: 'WALKOVER', walkover_winner_team_id: winnerId },
    }),
  );
  const teams = [
    { value: fixture.home_team_id, label: fixture.home_team_name },
    { value: fixture.guest_team_id, label: fixture.guest_team_name },
  ];
  const winnerName = teams.find((team) => team.value === winner)?.label ?? '';
  const loserName = teams.find((team) => team.value !== winner)?.label ?? '';
  return (
    <div className="stack--tight">
      <SelectField
        label={t('admin.walkoverWinner')}
        value={winner}
        options={teams}
        emptyLabel={t('admin.chooseTeam')}
        onChange={(value) => {
          setWinner(value);
          walkover.reset();
        }}
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
          onConfirm={() => walkover.mutate(winner)}
          onCancel={() => walkover.reset()}
        />
      ) : null}
    </div>
  );
}
