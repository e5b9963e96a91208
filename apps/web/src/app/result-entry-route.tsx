import { ErrorMessage } from '../components/ui/error-message';
import { Loading } from '../components/ui/loading';
import { useFixture } from '../features/fixtures/api/get-fixture';
import { ResultEntryScreen } from '../features/results/components/result-entry-screen';
import { useSeason } from '../features/seasons/api/get-season';
import { t } from '../i18n/translate';
import { captainSide, useCaptaincies } from '../lib/captaincy';
import { NotFound } from './not-found';

/** Brings the fixture (with its matches) and the season's rules together for the results feature. */
export default function ResultEntryRoute({ fixtureId, matchId }: { fixtureId: string; matchId: string }) {
  const fixture = useFixture(fixtureId);
  const season = useSeason(fixture.data?.season_id);
  const captaincies = useCaptaincies();
  if (fixture.isError) return <ErrorMessage title={t('fixture.loadError')} error={fixture.error} />;
  if (season.isError) return <ErrorMessage title={t('season.loadError')} error={season.error} />;
  if (fixture.isPending || season.isPending) return <Loading />;
  const match = fixture.data.matches.find((candidate) => candidate.id === matchId);
  if (!match) return <NotFound what="match" />;
  return (
    <ResultEntryScreen
      fixture={fixture.data}
      match={match}
      rules={season.data.rules}
      seasonActive={season.data.status === 'ACTIVE'}
      captain={captainSide(captaincies, fixture.data) !== null}
    />
  );
}
