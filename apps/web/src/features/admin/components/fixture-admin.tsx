import { t } from '../../../i18n/translate';
import { type ApiData, api } from '../../../lib/api/client';
import { useAdminQuery } from '../api/admin-api';
import { FixtureForfeit } from './fixture-forfeit';
import { FixturePostpone } from './fixture-postpone';
import { FixtureSchedule } from './fixture-schedule';
import { FixtureWalkover } from './fixture-walkover';

export type AdminFixture = ApiData<'/api/v1/fixtures/{id}'>;

/**
 * Organiser tools on a fixture, each offered only while the server would accept it: a new date and
 * the venue while its round is open; postponing and a walkover also in a locked round (so it can be
 * finalized); a forfeit for a match not yet played while the round is open.
 */
export default function FixtureAdmin({ fixture }: { fixture: AdminFixture; roundOpen?: boolean }) {
  const round = useAdminQuery(['seasons', fixture.season_id, 'rounds', fixture.round], (signal) =>
    api.GET('/api/v1/seasons/{id}/rounds/{round}', {
      params: { path: { id: fixture.season_id, round: fixture.round } },
      signal,
    }),
  );
  const status = round.data?.data.status;
  if (!status || status === 'FINALIZED') return null;
  const open = status === 'OPEN';
  const unplayed = fixture.status === 'SCHEDULED' || fixture.status === 'POSTPONED';
  const playing = fixture.status === 'SCHEDULED' || fixture.status === 'ONGOING';
  const forfeitable = open && playing && fixture.matches.some((match) => match.recorded_at === null);
  if (!unplayed && !forfeitable) return null;
  return (
    <details className="card fixture-admin">
      <summary className="section-title">{t('admin.fixtureTools')}</summary>
      <div className="stack">
        {unplayed && open ? <FixtureSchedule fixture={fixture} /> : null}
        {fixture.status === 'SCHEDULED' ? <FixturePostpone fixture={fixture} /> : null}
        {forfeitable ? <FixtureForfeit fixture={fixture} /> : null}
        {unplayed ? <FixtureWalkover fixture={fixture} /> : null}
      </div>
    </details>
  );
}
