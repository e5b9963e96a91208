import { keepPreviousData, queryOptions, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { type ApiItem, api, send } from '../../../lib/api/client';
import { offsetForPage } from '../../../lib/paging';
import { queryKeys } from '../../../lib/query-keys';

export type LeaderboardRow = ApiItem<'/api/v1/seasons/{id}/leaderboard'>;

export interface LeaderboardFilters {
  teamId?: string;
  rankId?: string;
  page: number;
}

export const LEADERBOARD_PAGE_SIZE = 25;

export const getLeaderboard = (seasonId: string, filters: LeaderboardFilters, signal?: AbortSignal) =>
  send(
    api.GET('/api/v1/seasons/{id}/leaderboard', {
      params: {
        path: { id: seasonId },
        query: {
          team_id: filters.teamId || undefined,
          rank_id: filters.rankId || undefined,
          limit: LEADERBOARD_PAGE_SIZE,
          offset: offsetForPage(filters.page, LEADERBOARD_PAGE_SIZE),
        },
      },
      signal,
    }),
    signal,
  );

export const leaderboardQueryOptions = (seasonId: string, filters: LeaderboardFilters) =>
  queryOptions({
    queryKey: queryKeys.leaderboardPage(seasonId, filters),
    queryFn: ({ signal }) => getLeaderboard(seasonId, filters, signal),
    // Keep the old page on screen while the next one loads, instead of flashing a spinner.
    placeholderData: keepPreviousData,
  });

export const useLeaderboard = (seasonId: string, filters: LeaderboardFilters) =>
  useQuery(leaderboardQueryOptions(seasonId, filters));

export interface LeaderboardSearch {
  teamId?: string;
  rankId?: string;
  /** Part of a name; the server ignores case and diacritics. */
  q?: string;
}

/**
 * The table a fan scrolls: 25 rows, then 25 more on request, each page after the previous one's
 * keyset cursor (`after`), which costs the server the same at any depth and never skips or repeats a
 * row when a result moves someone between two loads.
 */
export const useLeaderboardRows = (seasonId: string, search: LeaderboardSearch) =>
  useInfiniteQuery({
    queryKey: queryKeys.leaderboardRows(seasonId, search),
    queryFn: ({ pageParam, signal }) =>
      send(
        api.GET('/api/v1/seasons/{id}/leaderboard', {
          params: {
            path: { id: seasonId },
            query: {
              team_id: search.teamId || undefined,
              rank_id: search.rankId || undefined,
              q: search.q || undefined,
              limit: LEADERBOARD_PAGE_SIZE,
              after: pageParam ?? undefined,
            },
          },
          signal,
        }),
        signal,
      ),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.meta.next_cursor ?? undefined,
    placeholderData: keepPreviousData,
  });
