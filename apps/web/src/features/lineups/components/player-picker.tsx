import { useId } from 'react';
import { t } from '../../../i18n/translate';
import type { TeamMember } from '../../../lib/team-members-query';

interface PlayerPickerProps {
  label: string;
  value: string;
  players: TeamMember[];
  loading: boolean;
  invalid: boolean;
  onChange: (playerId: string) => void;
}

export function PlayerPicker({ label, value, players, loading, invalid, onChange }: PlayerPickerProps) {
  const id = useId();
  const placeholder = loading
    ? t('lineup.loadingPlayers')
    : players.length > 0
      ? t('lineup.choosePlayer')
      : t('lineup.noPlayers');
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <select
        id={id}
        className="field__control"
        value={value}
        disabled={loading}
        aria-invalid={invalid || undefined}
        onChange={(event) => onChange(event.target.value)}
      >
        <option value="">{placeholder}</option>
        {players.map((player) => (
          <option key={player.player_id} value={player.player_id}>
            {player.full_name} · {player.rank_id}
          </option>
        ))}
      </select>
    </div>
  );
}
