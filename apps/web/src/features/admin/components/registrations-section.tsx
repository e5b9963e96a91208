import { useState } from 'react';
import { Button } from '../../../components/ui/button';
import { CardSection } from '../../../components/ui/card-section';
import { ErrorMessage } from '../../../components/ui/error-message';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import { t } from '../../../i18n/translate';
import { api } from '../../../lib/api/client';
import { formatPoints } from '../../../lib/format';
import { useAdminAction, useAdminQuery } from '../api/admin-api';
import { RegistrationEdit } from './registration-edit';

/** Who plays for whom this season: register from a diacritic-free search, then transfer, rank, status, points. */
export function RegistrationsSection({ seasonId, readOnly }: { seasonId: string; readOnly: boolean }) {
  const registrations = useAdminQuery(['seasons', seasonId, 'players'], (signal) =>
    api.GET('/api/v1/seasons/{id}/players', {
      params: { path: { id: seasonId }, query: { limit: 200 } },
      signal,
    }),
  );
  const teams = useAdminQuery(['seasons', seasonId, 'teams'], (signal) =>
    api.GET('/api/v1/seasons/{id}/teams', { params: { path: { id: seasonId } }, signal }),
  );
  const ranks = useAdminQuery(['ranks'], (signal) => api.GET('/api/v1/ranks', { signal }));
  const [query, setQuery] = useState('');
  const [playerId, setPlayerId] = useState('');
  const [teamId, setTeamId] = useState('');
  const [rankId, setRankId] = useState('');
  const q = query.trim();
  const found = useAdminQuery(q.length >= 2 ? ['players', 'search', q] : null, (signal) =>
    api.GET('/api/v1/players/search', { params: { query: { q, limit: 20 } }, signal }),
  );
  const register = useAdminAction((body: { player_id: string; team_id: string; rank_id: string }) =>
    api.POST('/api/v1/seasons/{id}/players', { params: { path: { id: seasonId } }, body }),
  );
  // Ready for the next player at once (team and rank stay: a team's players come one after another);
  // a refused registration puts the search back.
  const submit = () => {
    const [chosen, typed] = [playerId, query];
    setPlayerId('');
    setQuery('');
    register.mutate(
      { player_id: chosen, team_id: teamId, rank_id: rankId },
      {
        onError: () => {
          setPlayerId(chosen);
          setQuery(typed);
        },
      },
    );
  };
  const registered = new Set((registrations.data?.data ?? []).map((row) => row.player_id));
  const teamOptions = (teams.data?.data ?? []).map((team) => ({
    value: team.team_id,
    label: team.team_name,
  }));
  const rankOptions = [...(ranks.data?.data ?? [])]
    .sort((a, b) => b.sort_order - a.sort_order)
    .map((rank) => ({ value: rank.id, label: rank.id }));
  const playerOptions = (found.data?.data ?? [])
    .filter((player) => !registered.has(player.id))
    .map((player) => ({ value: player.id, label: player.full_name }));

  return (
    <CardSection id="registrations" title={t('admin.registrations')}>
      {registrations.isError ? (
        <ErrorMessage title={t('admin.loadError')} error={registrations.error} />
      ) : null}
      <ul className="plain-list">
        {(registrations.data?.data ?? []).map((row) => (
          <li key={row.id} className="registration">
            <span className="registration__main">
              <strong>{row.player_name}</strong>
              <span className="muted small">
                {row.team_name} · {row.rank_id} · {formatPoints(row.accumulated_points)} {t('common.pts')}
                {row.status === 'ACTIVE'
                  ? ''
                  : ` · ${t(`registration.${row.status}` as 'registration.ACTIVE')}`}
              </span>
            </span>
            {readOnly ? null : (
              <RegistrationEdit registration={row} teams={teamOptions} ranks={rankOptions} />
            )}
          </li>
        ))}
      </ul>
      {registrations.data?.data.length === 0 ? <p className="muted">{t('admin.noRegistrations')}</p> : null}
      {readOnly ? null : (
        <fieldset className="stack--tight register-form">
          <legend className="subsection-title">{t('admin.register')}</legend>
          <TextField
            label={t('admin.findPlayer')}
            type="search"
            value={query}
            placeholder={t('admin.findPlayerHint')}
            onChange={(event) => setQuery(event.target.value)}
          />
          <SelectField
            label={t('col.player')}
            value={playerId}
            options={playerOptions}
            emptyLabel={query.trim().length >= 2 ? t('admin.choosePlayer') : t('admin.typeToFind')}
            onChange={setPlayerId}
          />
          <SelectField
            label={t('col.team')}
            value={teamId}
            options={teamOptions}
            emptyLabel={t('admin.chooseTeam')}
            onChange={setTeamId}
          />
          <SelectField
            label={t('col.rank')}
            value={rankId}
            options={rankOptions}
            emptyLabel={t('admin.chooseRank')}
            onChange={setRankId}
          />
          {register.isError ? <ErrorMessage title={t('admin.notSaved')} error={register.error} /> : null}
          <Button disabled={!playerId || !teamId || !rankId} busy={register.isPending} onClick={submit}>
            {t('admin.registerButton')}
          </Button>
        </fieldset>
      )}
    </CardSection>
  );
}
