import { EmptyState } from '../../../components/ui/empty-state';
import { ErrorMessage } from '../../../components/ui/error-message';
import { Loading } from '../../../components/ui/loading';
import { PageHeader } from '../../../components/ui/page-header';
import { Pager } from '../../../components/ui/pager';
import { ShareButton } from '../../../components/ui/share-button';
import { t } from '../../../i18n/translate';
import { navigate, useLocation, withSearch } from '../../../lib/navigation';
import { parsePage } from '../../../lib/paging';
import { useLeaderboard } from '../api/get-leaderboard';
import { LeaderboardFilters } from './leaderboard-filters';
import { LeaderboardTable } from './leaderboard-table';

/** Filters and page live in the URL, so a filtered table can be shared and survives a reload. */
export function LeaderboardScreen({ seasonId, seasonName }: { seasonId: string; seasonName: string }) {
  const location = useLocation();
  const teamId = location.search.get('team') ?? '';
  const rankId = location.search.get('rank') ?? '';
  const page = parsePage(location.search.get('page'));
  const leaderboard = useLeaderboard(seasonId, {
    teamId: teamId || undefined,
    rankId: rankId || undefined,
    page,
  });

  const rows = leaderboard.data?.data ?? [];
  return (
    <section className="stack">
      <PageHeader
        title={t('leaderboard.title')}
        subtitle={seasonName}
        actions={<ShareButton title={`${t('leaderboard.title')} · ${seasonName}`} path="/" />}
      />
      <LeaderboardFilters
        seasonId={seasonId}
        teamId={teamId}
        rankId={rankId}
        onChange={(changes) => navigate(withSearch(location, { ...changes, page: null }), { replace: true })}
      />
      {leaderboard.isPending ? <Loading label={t('leaderboard.loading')} /> : null}
      {leaderboard.isError ? (
        <ErrorMessage
          title={t('leaderboard.loadError')}
          error={leaderboard.error}
          onRetry={() => leaderboard.refetch()}
        />
      ) : null}
      {leaderboard.isSuccess && rows.length === 0 ? (
        <EmptyState title={t('leaderboard.empty')}>
          {teamId || rankId ? t('leaderboard.emptyFiltered') : t('leaderboard.emptyBody')}
        </EmptyState>
      ) : null}
      {rows.length > 0 ? (
        <div className={leaderboard.isPlaceholderData ? 'is-refreshing' : undefined}>
          <LeaderboardTable rows={rows} caption={t('leaderboard.caption', { season: seasonName })} />
        </div>
      ) : null}
      {leaderboard.data ? (
        <Pager
          meta={leaderboard.data.meta}
          noun={t('leaderboard.players')}
          onPage={(next) => navigate(withSearch(location, { page: next === 1 ? null : next }))}
        />
      ) : null}
    </section>
  );
}
