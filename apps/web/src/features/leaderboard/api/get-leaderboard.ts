import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
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
