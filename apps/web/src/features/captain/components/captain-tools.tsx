import { t } from '../../../i18n/translate';
import type { ApiData } from '../../../lib/api/client';
import { type Side, useLineups } from '../api/get-lineups';
import { ConfirmResult } from './confirm-result';
import { ForfeitMatch } from './forfeit-match';
import { LineupByPosition } from './lineup-by-position';
import { PostponeRequest } from './postpone-request';

export type CaptainFixture = ApiData<'/api/v1/fixtures/{id}'>;

/**
 * What a captain may do on their own fixture, offered only when the server would accept it (SPEC §6):
 * lineup while the round is open, forfeits until confirmed, confirm/dispute only the other side's entries.
 */
export default function CaptainTools({
  fixture,
  side,
  roundOpen,
}: {
  fixture: CaptainFixture;
  side: Side;
  roundOpen: boolean;
}) {
  const lineups = useLineups(fixture.id);
  const teamId = side === 'home' ? fixture.home_team_id : fixture.guest_team_id;
  const playable =
    (fixture.status === 'SCHEDULED' || fixture.status === 'ONGOING') && fixture.confirmation !== 'CONFIRMED';
  const anyResult = fixture.matches.some((match) => match.recorded_at !== null);
  const doublesOpen = fixture.matches.some(
    (match) => match.match_type === 'DOUBLE' && match.recorded_at === null,
  );
  const weEntered = fixture.matches.some((match) => match.entered_by_team_id === teamId);
  const canPostpone = (fixture.status === 'SCHEDULED' || fixture.status === 'POSTPONED') && !anyResult;
  const acceptable =
    fixture.status === 'POSTPONED' &&
    fixture.proposed_at &&
    fixture.proposed_by_team_id &&
    fixture.proposed_by_team_id !== teamId
      ? fixture.proposed_at
      : null;
  const open = fixture.matches.filter((match) => match.recorded_at === null);
  return (
    <section className="stack" aria-label={t('captain.tools')}>
      <p className="muted small">
        {t('captain.youCaptain', {
          team: side === 'home' ? fixture.home_team_name : fixture.guest_team_name,
        })}
      </p>
      {roundOpen && playable && lineups.data && (!anyResult || doublesOpen) ? (
        <LineupByPosition
          fixtureId={fixture.id}
          seasonId={fixture.season_id}
          teamId={teamId}
          side={side}
          lineups={lineups.data}
          locked={anyResult}
          doublesOpen={doublesOpen}
        />
      ) : null}
      {fixture.confirmation === 'PENDING' && !weEntered ? (
        <ConfirmResult fixtureId={fixture.id} confirmBy={fixture.confirm_by ?? null} />
      ) : null}
      {fixture.confirmation === 'DISPUTED' ? <p role="status">{t('captain.disputed')}</p> : null}
      {roundOpen && playable ? (
        <ForfeitMatch matches={open} homeName={fixture.home_team_name} guestName={fixture.guest_team_name} />
      ) : null}
      {roundOpen && canPostpone ? <PostponeRequest fixtureId={fixture.id} acceptable={acceptable} /> : null}
    </section>
  );
}
