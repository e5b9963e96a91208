import { queryOptions, useQuery } from '@tanstack/react-query';
import { type ApiData, api, send } from '../../../lib/api/client';
import { isMissingEndpoint } from '../../../lib/api-error';
import { queryKeys } from '../../../lib/query-keys';

export type PlayerStats = ApiData<'/api/v1/players/{id}/stats'>;

export const getPlayerStats = async (playerId: string, seasonId: string | undefined, signal?: AbortSignal) =>
  (
    await send(
      api.GET('/api/v1/players/{id}/stats', {
        params: { path: { id: playerId }, query: { season_id: seasonId } },
        signal,
      }),
      signal,
    )
  ).data;

export const playerStatsQueryOptions = (playerId: string, seasonId: string | undefined) =>
  queryOptions({
    queryKey: queryKeys.playerStats(playerId, seasonId),
    queryFn: ({ signal }) => getPlayerStats(playerId, seasonId, signal),
    retry: (count, error) => !isMissingEndpoint(error) && count < 2,
  });

export const usePlayerStats = (playerId: string, seasonId: string | undefined) =>
  useQuery(playerStatsQueryOptions(playerId, seasonId));
