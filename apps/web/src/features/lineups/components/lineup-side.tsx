import { t } from '../../../i18n/translate';
import type { TeamMember } from '../../../lib/team-members-query';
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
  const home = side === 'home';
  const slots: [Slot, string][] = [[`${side}1`, t(home ? 'lineup.homePlayer' : 'lineup.guestPlayer')]];
  if (doubles) slots.push([`${side}2`, t(home ? 'lineup.homePartner' : 'lineup.guestPartner')]);
  return (
    <fieldset className="lineup-side">
      <legend className="lineup-side__legend">
        <span className="badge">{t(home ? 'lineup.homeSide' : 'lineup.guestSide')}</span> {teamName}
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
