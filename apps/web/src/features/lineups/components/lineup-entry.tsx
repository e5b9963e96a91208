import { useState } from 'react';
import { Button } from '../../../components/ui/button';
import { useRound } from '../api/get-round';
import { freeOrders } from '../lineup-draft';
import { AddMatchForm } from './add-match-form';

export interface LineupMatch {
  match_order: number;
  home_player1_id: string;
  home_player1_name: string;
  home_player2_id: string | null;
  home_player2_name: string | null;
  guest_player1_id: string;
  guest_player1_name: string;
  guest_player2_id: string | null;
  guest_player2_name: string | null;
}

export interface LineupFixture {
  id: string;
  season_id: string;
  round: number;
  home_team_id: string;
  home_team_name: string;
  guest_team_id: string;
  guest_team_name: string;
  matches: LineupMatch[];
}

const CLOSED = { LOCKED: 'locked', FINALIZED: 'finalized' } as const;

/** Line-up entry for moderators, loaded on demand; a locked round or a full fixture takes no more matches. */
export default function LineupEntry({ fixture }: { fixture: LineupFixture }) {
  const round = useRound(fixture.season_id, fixture.round);
  const [open, setOpen] = useState(false);

  const status = round.data?.status;
  if (status === 'LOCKED' || status === 'FINALIZED') {
    return (
      <p className="muted small">
        Round {fixture.round} is {CLOSED[status]}: this line-up can no longer change.
      </p>
    );
  }
  if (freeOrders(fixture.matches.map((match) => match.match_order)).length === 0 && !open) {
    return <p className="muted small">This fixture has all nine matches.</p>;
  }
  if (!open) {
    return (
      <Button variant="secondary" className="lineup-open" onClick={() => setOpen(true)}>
        <span aria-hidden="true">+</span> Add match
      </Button>
    );
  }
  return <AddMatchForm fixture={fixture} onClose={() => setOpen(false)} />;
}
