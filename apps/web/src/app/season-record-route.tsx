import { ErrorMessage } from '../components/ui/error-message';
import { Link } from '../components/ui/link';
import { Loading } from '../components/ui/loading';
import { Notice } from '../components/ui/notice';
import { PageHeader } from '../components/ui/page-header';
import { useLeaderboard } from '../features/leaderboard/api/get-leaderboard';
import { LeaderboardTable } from '../features/leaderboard/components/leaderboard-table';
import { useSeason } from '../features/seasons/api/get-season';
import { useStandings } from '../features/standings/api/get-standings';
import { StandingsTable } from '../features/standings/components/standings-table';
import { t } from '../i18n/translate';

/** A finished (or upcoming) season's record: its final player and team tables (three features on one page). */
export function SeasonRecord({ seasonId }: { seasonId: string }) {
  const season = useSeason(seasonId);
  const board = useLeaderboard(seasonId, { page: 1 });
  const standings = useStandings(seasonId);
  if (season.isPending) return <Loading label={t('season.loading')} />;
  if (season.isError)
    return (
      <ErrorMessage title={t('season.loadError')} error={season.error} onRetry={() => season.refetch()} />
    );
  const name = season.data.name;
  return (
    <section className="stack">
      <Link className="back-link" href="/seasons">
        ‹ {t('title.archive')}
      </Link>
      <PageHeader title={name} subtitle={season.data.year} />
      {season.data.status === 'FINISHED' ? <Notice>{t('season.archived')}</Notice> : null}
      <h2 className="section-title">{t('leaderboard.title')}</h2>
      {board.data ? (
        <LeaderboardTable rows={board.data.data} caption={t('leaderboard.caption', { season: name })} />
      ) : (
        <Loading />
      )}
      <h2 className="section-title">{t('standings.title')}</h2>
      {standings.data ? (
        <StandingsTable rows={standings.data} caption={t('standings.caption', { season: name })} />
      ) : (
        <Loading />
      )}
    </section>
  );
}
