import { useState } from 'react';
import { Button } from '../../../components/ui/button';
import { t, tCode } from '../../../i18n/translate';
import type { ApiData } from '../../../lib/api/client';
import { useRound } from '../../../lib/round-query';
import { freeOrders } from '../lineup-draft';
import type { NamedMatch } from '../rosters';
import { AddMatchForm } from './add-match-form';
import '../lineups.css';

type FixtureDetail = ApiData<'/api/v1/fixtures/{id}'>;
export type LineupMatch = NamedMatch & Pick<FixtureDetail['matches'][number], 'match_order'>;
export type LineupFixture = Pick<
  FixtureDetail,
  'id' | 'season_id' | 'round' | 'home_team_id' | 'home_team_name' | 'guest_team_id' | 'guest_team_name'
> & { matches: LineupMatch[] };

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
