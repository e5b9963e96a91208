import { ErrorMessage } from '../../../components/ui/error-message';
import { Loading } from '../../../components/ui/loading';
import { t, tCode } from '../../../i18n/translate';
import { api } from '../../../lib/api/client';
import { useAdminQuery } from '../api/admin-api';
import { AdminScreen } from './admin-screen';
import { DivisionsSection } from './divisions-section';
import { FixtureGenerate } from './fixture-generate';
import { RegistrationsSection } from './registrations-section';
import { RoundsSection } from './rounds-section';
import { SeasonRollover } from './season-rollover';
import { SeasonStatusActions } from './season-status-actions';
import { SeasonTeamsSection } from './season-teams-section';

/** One season from the organiser's side, in the order a season is built: teams, players, fixtures, rounds. */
export function SeasonManage({ seasonId }: { seasonId: string }) {
  const season = useAdminQuery(['seasons', seasonId], (signal) =>
    api.GET('/api/v1/seasons/{id}', { params: { path: { id: seasonId } }, signal }),
  );
  if (season.isPending) return <Loading />;
  if (season.isError)
    return (
      <ErrorMessage
        title={t('season.loadError')}
        error={season.error}
        onRetry={() => season.refetch()}
        backHref="/admin"
        backLabel={t('admin.title')}
      />
    );
  const data = season.data.data;
  const finished = data.status === 'FINISHED';
  return (
    <AdminScreen title={data.name} subtitle={`${data.year} · ${tCode('seasonStatus', data.status)}`}>
      <SeasonStatusActions season={data} />
      {finished ? <SeasonRollover season={data} /> : null}
      <DivisionsSection seasonId={seasonId} readOnly={finished} />
      <SeasonTeamsSection seasonId={seasonId} readOnly={finished} />
      <RegistrationsSection seasonId={seasonId} readOnly={finished} />
      {finished ? null : <FixtureGenerate season={data} />}
      <RoundsSection seasonId={seasonId} active={data.status === 'ACTIVE'} />
    </AdminScreen>
  );
}
