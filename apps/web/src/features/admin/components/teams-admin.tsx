import { useState } from 'react';
import { Avatar } from '../../../components/ui/avatar';
import { Button } from '../../../components/ui/button';
import { ErrorMessage } from '../../../components/ui/error-message';
import { Link } from '../../../components/ui/link';
import { TextField } from '../../../components/ui/text-field';
import { t } from '../../../i18n/translate';
import { api } from '../../../lib/api/client';
import { type AdminTeam, useAdminAction, useAdminQuery } from '../api/admin-api';
import { AdminScreen } from './admin-screen';
import { FormFrame } from './form-frame';
import { ImageUpload } from './image-upload';

function TeamRow({ team }: { team: AdminTeam }) {
  const [name, setName] = useState(team.name);
  const [shortName, setShortName] = useState(team.short_name ?? '');
  const save = useAdminAction(() =>
    api.PATCH('/api/v1/teams/{id}', {
      params: { path: { id: team.id } },
      body: { name: name.trim(), ...(shortName.trim() ? { short_name: shortName.trim() } : {}) },
    }),
  );
  return (
    <li className="admin-row">
      <div className="admin-row__head">
        <Avatar name={team.name} url={team.logo_url} size={40} />
        <Link href={`/teams/${team.id}`}>
          <strong>{team.name}</strong>
        </Link>
      </div>
      <details>
        <summary>
          {t('admin.edit')}
          <span className="visually-hidden"> {team.name}</span>
        </summary>
        <div className="stack--tight">
          <TextField
            label={t('admin.teamName')}
            value={name}
            onChange={(event) => setName(event.target.value)}
          />
          <TextField
            label={t('admin.shortName')}
            value={shortName}
            onChange={(event) => setShortName(event.target.value)}
          />
          {save.isError ? <ErrorMessage title={t('admin.notSaved')} error={save.error} /> : null}
          {save.isSuccess ? <p role="status">{t('common.saved')}</p> : null}
          <Button
            variant="secondary"
            disabled={!name.trim()}
            busy={save.isPending}
            onClick={() => save.mutate(undefined)}
          >
            {t('common.save')}
          </Button>
          <ImageUpload target="team" id={team.id} label={t('admin.logo')} />
        </div>
      </details>
    </li>
  );
}

export function TeamsAdmin() {
  const teams = useAdminQuery(['teams'], (signal) =>
    api.GET('/api/v1/teams', { params: { query: { limit: 200 } }, signal }),
  );
  const [name, setName] = useState('');
  const create = useAdminAction(() => api.POST('/api/v1/teams', { body: { name: name.trim() } }), {
    onSuccess: () => setName(''),
  });
  return (
    <AdminScreen title={t('admin.teams')}>
      <FormFrame
        className="card stack--tight"
        onSubmit={() => create.mutate(undefined)}
        submitLabel={t('admin.addTeam')}
        submitDisabled={!name.trim()}
        busy={create.isPending}
        error={create.error}
      >
        <TextField
          label={t('admin.newTeam')}
          value={name}
          onChange={(event) => setName(event.target.value)}
        />
      </FormFrame>
      {teams.isError ? <ErrorMessage title={t('admin.loadError')} error={teams.error} /> : null}
      <ul className="plain-list card">
        {(teams.data?.data ?? []).map((team) => (
          <TeamRow key={team.id} team={team} />
        ))}
      </ul>
    </AdminScreen>
  );
}
