import { queryOptions, useQuery } from '@tanstack/react-query';
import { type ApiData, api, send } from '../../../lib/api/client';
import { isMissingEndpoint } from '../../../lib/api-error';
import { queryKeys } from '../../../lib/query-keys';

export type PlayerHistory = ApiData<'/api/v1/players/{id}/history'>;
export type PlayerSeasonSummary = PlayerHistory['seasons'][number];

export type PlayerMatch = PlayerHistory['matches']['data'][number];
export type PlayerRef = PlayerMatch['opponents'][number];

export type RankChange = PlayerHistory['rank_history'][number];

export const getPlayerHistory = async (playerId: string, signal?: AbortSignal) =>
  (
    await send(
      api.GET('/api/v1/players/{id}/history', {
        params: { path: { id: playerId }, query: { limit: 20 } },
        signal,
      }),
      signal,
    )
  ).data;

export const playerHistoryQueryOptions = (playerId: string) =>
  queryOptions({
    queryKey: queryKeys.playerHistory(playerId),
    queryFn: ({ signal }) => getPlayerHistory(playerId, signal),
    // A server without this endpoint answers 404 NOT_FOUND: asking again will not change that.
    retry: (count, error) => !isMissingEndpoint(error) && count < 2,
  });

export const usePlayerHistory = (playerId: string) => useQuery(playerHistoryQueryOptions(playerId));
