import { useState } from 'react';
import { Button } from '../../../components/ui/button';
import { CardSection } from '../../../components/ui/card-section';
import { ErrorMessage } from '../../../components/ui/error-message';
import { SelectField } from '../../../components/ui/select-field';
import { t } from '../../../i18n/translate';
import { api } from '../../../lib/api/client';
import { useAdminAction, useAdminQuery } from '../api/admin-api';
import { TeamCaptains } from './team-captains';
import { TeamWithdraw } from './team-withdraw';

/** The teams entered in the season (by division once it has some), their captains, and entering one more. */
export function SeasonTeamsSection({ seasonId, readOnly }: { seasonId: string; readOnly: boolean }) {
  const entered = useAdminQuery(['seasons', seasonId, 'teams'], (signal) =>
    api.GET('/api/v1/seasons/{id}/teams', { params: { path: { id: seasonId } }, signal }),
  );
  const all = useAdminQuery(readOnly ? null : ['teams'], (signal) =>
    api.GET('/api/v1/teams', { params: { query: { limit: 200 } }, signal }),
  );
  const divisions = useAdminQuery(['seasons', seasonId, 'divisions'], (signal) =>
    api.GET('/api/v1/seasons/{id}/divisions', { params: { path: { id: seasonId } }, signal }),
  );
  const [teamId, setTeamId] = useState('');
  const [divisionId, setDivisionId] = useState('');
  const enter = useAdminAction((team_id: string) =>
    api.POST('/api/v1/seasons/{id}/teams', {
      params: { path: { id: seasonId } },
      body: divisionId ? { team_id, division_id: divisionId } : { team_id },
    }),
  );
  const divisionList = divisions.data?.data ?? [];
  const divisionName = (id: string | null) => divisionList.find((division) => division.id === id)?.name;
  // The form is ready for the next team at once; a refused entry puts the choice back.
  const submit = () => {
    const chosen = teamId;
    setTeamId('');
    enter.mutate(chosen, { onError: () => setTeamId(chosen) });
  };
  const inSeason = new Set((entered.data?.data ?? []).map((team) => team.team_id));
  const options = (all.data?.data ?? [])
    .filter((team) => !inSeason.has(team.id))
    .map((team) => ({ value: team.id, label: team.name }));
  return (
    <CardSection id="season-teams" title={t('admin.seasonTeams')}>
      <ul className="plain-list">
        {(entered.data?.data ?? []).map((team) => (
          <li key={team.team_id} className="plain-list__item">
            <strong>{team.team_name}</strong>{' '}
            <span className="muted small">
              · {t('admin.playerCount', { n: team.player_count })}
              {divisionName(team.division_id) ? ` · ${divisionName(team.division_id)}` : ''}
              {team.withdrawn_at ? ` · ${t('withdraw.withdrawn')}` : ''}
            </span>
            {readOnly || team.withdrawn_at ? null : (
              <>
                <TeamCaptains seasonId={seasonId} teamId={team.team_id} teamName={team.team_name} />
                <TeamWithdraw seasonId={seasonId} teamId={team.team_id} teamName={team.team_name} />
              </>
            )}
          </li>
        ))}
      </ul>
      {entered.data?.data.length === 0 ? <p className="muted">{t('admin.noSeasonTeams')}</p> : null}
      {readOnly ? null : (
        <div className="inline-form">
          <SelectField
            label={t('admin.enterTeam')}
            value={teamId}
            options={options}
            emptyLabel={t('admin.chooseTeam')}
            onChange={setTeamId}
          />
          {divisionList.length > 0 ? (
            <SelectField
              label={t('division.ofTeam')}
              value={divisionId}
              options={divisionList.map((division) => ({ value: division.id, label: division.name }))}
              emptyLabel={t('division.choose')}
              onChange={setDivisionId}
            />
          ) : null}
          <Button
            disabled={!teamId || (divisionList.length > 0 && !divisionId)}
            busy={enter.isPending}
            onClick={submit}
          >
            {t('admin.enter')}
          </Button>
        </div>
      )}
      {enter.isError ? <ErrorMessage title={t('admin.notSaved')} error={enter.error} /> : null}
    </CardSection>
  );
}
