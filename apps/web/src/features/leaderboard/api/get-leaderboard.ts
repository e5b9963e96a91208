import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiList } from '../../../lib/api-client';
import { offsetForPage } from '../../../lib/paging';
import { queryKeys } from '../../../lib/query-keys';

export interface LeaderboardRow {
  position: number;
  player_season_id: string;
  player_id: string;
  player_name: string;
  avatar_url: string | null;
  team_id: string;
  team_name: string;
  rank_id: string;
  rank_name: string | null;
  accumulated_points: number;
  rating: number;
  matches_played: number;
  wins: number;
  losses: number;
  status: string;
  display_order: number;
}

export interface LeaderboardFilters {
  teamId?: string;
  rankId?: string;
  page: number;
}

export const LEADERBOARD_PAGE_SIZE = 25;

export const getLeaderboard = (seasonId: string, filters: LeaderboardFilters, signal?: AbortSignal) =>
  apiList<LeaderboardRow>(
    `/seasons/${seasonId}/leaderboard`,
    {
      team_id: filters.teamId,
      rank_id: filters.rankId,
      limit: LEADERBOARD_PAGE_SIZE,
      offset: offsetForPage(filters.page, LEADERBOARD_PAGE_SIZE),
    },
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
