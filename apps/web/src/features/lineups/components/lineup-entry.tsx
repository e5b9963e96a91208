import { useState } from 'react';
import { Button } from '../../../components/ui/button';
import { t, tCode } from '../../../i18n/translate';
import { useRound } from '../api/get-round';
import { freeOrders } from '../lineup-draft';
import { AddMatchForm } from './add-match-form';
import '../lineups.css';

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

/** Line-up entry for moderators, loaded on demand; a locked round or a full fixture takes no more matches. */
export default function LineupEntry({ fixture }: { fixture: LineupFixture }) {
  const round = useRound(fixture.season_id, fixture.round);
  const [open, setOpen] = useState(false);

  const status = round.data?.status;
  if (status === 'LOCKED' || status === 'FINALIZED') {
    return (
      <p className="muted small">
        {t('lineup.closed', { round: fixture.round, state: tCode('roundStatus', status).toLowerCase() })}
      </p>
    );
  }
  if (freeOrders(fixture.matches.map((match) => match.match_order)).length === 0 && !open) {
    return <p className="muted small">{t('lineup.full')}</p>;
  }
  if (!open) {
    return (
      <Button variant="secondary" className="lineup-open" onClick={() => setOpen(true)}>
        <span aria-hidden="true">+</span> {t('lineup.add')}
      </Button>
    );
  }
  return <AddMatchForm fixture={fixture} onClose={() => setOpen(false)} />;
}
