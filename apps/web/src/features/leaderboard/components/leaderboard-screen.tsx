import { useEffect, useState } from 'react';
import { Button } from '../../../components/ui/button';
import { EmptyState } from '../../../components/ui/empty-state';
import { ErrorMessage } from '../../../components/ui/error-message';
import { Loading } from '../../../components/ui/loading';
import { PageHeader } from '../../../components/ui/page-header';
import { ShareButton } from '../../../components/ui/share-button';
import { TextField } from '../../../components/ui/text-field';
import { t } from '../../../i18n/translate';
import { navigate, useLocation, withSearch } from '../../../lib/navigation';
import { useLeaderboardRows } from '../api/get-leaderboard';
import { LeaderboardFilters } from './leaderboard-filters';
import { LeaderboardTable } from './leaderboard-table';
import '../leaderboard.css';

/** Typing pauses this long before the table is asked again: one request per word, not per letter. */
const SEARCH_PAUSE_MS = 250;

/** Filters and the name search live in the URL, so a filtered table can be shared and survives a reload. */
export function LeaderboardScreen({ seasonId, seasonName }: { seasonId: string; seasonName: string }) {
  const location = useLocation();
  const teamId = location.search.get('team') ?? '';
  const rankId = location.search.get('rank') ?? '';
  const q = location.search.get('q') ?? '';
  const [typed, setTyped] = useState(q);
  const leaderboard = useLeaderboardRows(seasonId, {
    teamId: teamId || undefined,
    rankId: rankId || undefined,
    q: q.trim() || undefined,
  });

  useEffect(() => {
    if (typed === q) return;
    const timer = setTimeout(
      () => navigate(withSearch(location, { q: typed || null }), { replace: true }),
      SEARCH_PAUSE_MS,
    );
    return () => clearTimeout(timer);
  }, [typed, q, location]);

  const pages = leaderboard.data?.pages ?? [];
  const rows = pages.flatMap((page) => page.data);
  const total = pages[0]?.meta.total ?? 0;
  const filtered = Boolean(teamId || rankId || q.trim());
  return (
    <section className="stack">
      <PageHeader
        title={t('leaderboard.title')}
        subtitle={seasonName}
        actions={<ShareButton title={`${t('leaderboard.title')} · ${seasonName}`} path="/" />}
      />
      <TextField
        className="leaderboard-search"
        label={t('leaderboard.search')}
        type="search"
        enterKeyHint="search"
        autoComplete="off"
        value={typed}
        placeholder={t('leaderboard.searchHint')}
        onChange={(event) => setTyped(event.target.value)}
      />
      <LeaderboardFilters
        seasonId={seasonId}
        teamId={teamId}
        rankId={rankId}
        onChange={(changes) => navigate(withSearch(location, changes), { replace: true })}
      />
      {leaderboard.isPending ? <Loading label={t('leaderboard.loading')} /> : null}
      {leaderboard.isError && rows.length === 0 ? (
        <ErrorMessage
          title={t('leaderboard.loadError')}
          error={leaderboard.error}
          onRetry={() => leaderboard.refetch()}
        />
      ) : null}
      {leaderboard.isSuccess && rows.length === 0 ? (
        <EmptyState title={filtered ? t('leaderboard.noMatch') : t('leaderboard.empty')}>
          {q.trim()
            ? t('leaderboard.noMatchQuery', { q: q.trim() })
            : filtered
              ? t('leaderboard.emptyFiltered')
              : t('leaderboard.emptyBody')}
        </EmptyState>
      ) : null}
      {rows.length > 0 ? (
        <div className={leaderboard.isPlaceholderData ? 'is-refreshing' : undefined}>
          <LeaderboardTable rows={rows} caption={t('leaderboard.caption', { season: seasonName })} />
        </div>
      ) : null}
      {rows.length > 0 ? (
        <div className="load-more">
          <p className="pager__status" aria-live="polite">
            {t('leaderboard.shown', { shown: rows.length, total, noun: t('leaderboard.players') })}
          </p>
          {leaderboard.hasNextPage ? (
            <Button
              variant="secondary"
              busy={leaderboard.isFetchingNextPage}
              onClick={() => leaderboard.fetchNextPage()}
            >
              {t('leaderboard.more', { count: Math.min(25, total - rows.length) })}
            </Button>
          ) : null}
          {leaderboard.isFetchNextPageError ? (
            <ErrorMessage title={t('leaderboard.moreError')} error={leaderboard.error} />
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
