import { useState } from 'react';
import { Avatar } from '../../../components/ui/avatar';
import { Button } from '../../../components/ui/button';
import { ErrorMessage } from '../../../components/ui/error-message';
import { Link } from '../../../components/ui/link';
import { TextField } from '../../../components/ui/text-field';
import { t } from '../../../i18n/translate';
import { api } from '../../../lib/api/client';
import { type AdminPlayer, useAdminAction, useAdminQuery } from '../api/admin-api';
import { AdminScreen } from './admin-screen';
import { FormFrame } from './form-frame';
import { ImageUpload } from './image-upload';

function PlayerRow({ player }: { player: AdminPlayer }) {
  const [name, setName] = useState(player.full_name);
  const [birthYear, setBirthYear] = useState(player.birth_year ? String(player.birth_year) : '');
  const [active, setActive] = useState(player.is_active);
  const save = useAdminAction(() =>
    api.PATCH('/api/v1/players/{id}', {
      params: { path: { id: player.id } },
      body: {
        full_name: name.trim(),
        is_active: active,
        ...(birthYear ? { birth_year: Number(birthYear) } : {}),
      },
    }),
  );
  return (
    <li className="admin-row">
      <div className="admin-row__head">
        <Avatar name={player.full_name} url={player.avatar_url} size={40} />
        <Link href={`/players/${player.id}`}>
          <strong>{player.full_name}</strong>
        </Link>
        {player.is_active ? null : <span className="badge">{t('admin.inactive')}</span>}
      </div>
      <details>
        <summary>
          {t('admin.edit')}
          <span className="visually-hidden"> {player.full_name}</span>
        </summary>
        <div className="stack--tight">
          <TextField
            label={t('admin.fullName')}
            value={name}
            onChange={(event) => setName(event.target.value)}
          />
          <TextField
            label={t('admin.birthYear')}
            inputMode="numeric"
            value={birthYear}
            onChange={(event) => setBirthYear(event.target.value.replace(/\D/g, ''))}
          />
          <label className="checkbox">
            <input type="checkbox" checked={active} onChange={(event) => setActive(event.target.checked)} />
            <span>{t('admin.active')}</span>
          </label>
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
          <ImageUpload target="player" id={player.id} label={t('admin.avatar')} />
        </div>
      </details>
    </li>
  );
}

/** The league's register of players: search ignores accents (the API's search), create, edit, photo. */
export function PlayersAdmin() {
  const [query, setQuery] = useState('');
  const searching = query.trim().length > 0;
  const q = query.trim();
  const players = useAdminQuery(['players', q], (signal) =>
    searching
      ? api.GET('/api/v1/players/search', { params: { query: { q, limit: 50 } }, signal })
      : api.GET('/api/v1/players', { params: { query: { limit: 100 } }, signal }),
  );
  const [name, setName] = useState('');
  const [birthYear, setBirthYear] = useState('');
  const create = useAdminAction(
    () =>
      api.POST('/api/v1/players', {
        body: { full_name: name.trim(), ...(birthYear ? { birth_year: Number(birthYear) } : {}) },
      }),
    {
      onSuccess: () => {
        setName('');
        setBirthYear('');
      },
    },
  );
  return (
    <AdminScreen title={t('admin.players')}>
      <FormFrame
        className="card stack--tight"
        onSubmit={() => create.mutate(undefined)}
        submitLabel={t('admin.addPlayer')}
        submitDisabled={!name.trim()}
        busy={create.isPending}
        error={create.error}
      >
        <TextField
          label={t('admin.newPlayer')}
          value={name}
          onChange={(event) => setName(event.target.value)}
        />
        <TextField
          label={t('admin.birthYear')}
          inputMode="numeric"
          value={birthYear}
          onChange={(event) => setBirthYear(event.target.value.replace(/\D/g, ''))}
        />
      </FormFrame>
      <TextField
        label={t('leaderboard.search')}
        type="search"
        value={query}
        placeholder={t('leaderboard.searchHint')}
        onChange={(event) => setQuery(event.target.value)}
      />
      {players.isError ? <ErrorMessage title={t('admin.loadError')} error={players.error} /> : null}
      <ul className="plain-list card" aria-live="polite">
        {(players.data?.data ?? []).map((player) => (
          <PlayerRow key={player.id} player={player} />
        ))}
      </ul>
    </AdminScreen>
  );
}
