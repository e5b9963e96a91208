import type { TeamMember } from '../api/get-team-members';
import type { Slot } from '../lineup-draft';
import { PlayerPicker } from './player-picker';

interface LineupSideProps {
  side: 'home' | 'guest';
  teamName: string;
  doubles: boolean;
  players: TeamMember[];
  loading: boolean;
  picked: Record<Slot, string>;
  invalid: ReadonlySet<string>;
  onPick: (slot: Slot, playerId: string) => void;
}

export function LineupSide({
  side,
  teamName,
  doubles,
  players,
  loading,
  picked,
  invalid,
  onPick,
}: LineupSideProps) {
  const Side = side === 'home' ? 'Home' : 'Guest';
  const slots: [Slot, string][] = [[`${side}1`, `${Side} player`]];
  if (doubles) slots.push([`${side}2`, `${Side} partner`]);
  return (
    <fieldset className="lineup-side">
      <legend className="lineup-side__legend">
        <span className="badge">{Side}</span> {teamName}
      </legend>
      {slots.map(([slot, label]) => (
        <PlayerPicker
          key={slot}
          label={label}
          value={picked[slot]}
          players={players}
          loading={loading}
          invalid={invalid.has(slot)}
          onChange={(playerId) => onPick(slot, playerId)}
        />
      ))}
    </fieldset>
  );
}
