import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client';
import { isMissingEndpoint } from '../../../lib/api-error';
import { queryKeys } from '../../../lib/query-keys';

export interface PlayerStats {
  played: number;
  won: number;
  lost: number;
  win_rate: number;
  games_won: number;
  games_lost: number;
  league_points_earned: number;
  current_streak: { result: 'WIN' | 'LOSS' | null; length: number };
  longest_win_streak: number;
}

export const getPlayerStats = async (playerId: string, seasonId: string | undefined, signal?: AbortSignal) =>
  (await apiGet<PlayerStats>(`/players/${playerId}/stats`, { season_id: seasonId }, signal)).data;

export const playerStatsQueryOptions = (playerId: string, seasonId: string | undefined) =>
  queryOptions({
    queryKey: queryKeys.playerStats(playerId, seasonId),
    queryFn: ({ signal }) => getPlayerStats(playerId, seasonId, signal),
    retry: (count, error) => !isMissingEndpoint(error) && count < 2,
  });

export const usePlayerStats = (playerId: string, seasonId: string | undefined) =>
  useQuery(playerStatsQueryOptions(playerId, seasonId));
