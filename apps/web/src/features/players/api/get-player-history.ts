import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client';
import { isMissingEndpoint } from '../../../lib/api-error';
import { queryKeys } from '../../../lib/query-keys';

/** Seasons, matches, point logs and rank history; rendered field by field, so new fields simply appear. */
export type PlayerHistory = Record<string, unknown>;

export const getPlayerHistory = async (playerId: string, signal?: AbortSignal) =>
  (await apiGet<PlayerHistory>(`/players/${playerId}/history`, undefined, signal)).data;

export const playerHistoryQueryOptions = (playerId: string) =>
  queryOptions({
    queryKey: queryKeys.playerHistory(playerId),
    queryFn: ({ signal }) => getPlayerHistory(playerId, signal),
    // A server without this endpoint answers 404 NOT_FOUND: asking again will not change that.
    retry: (count, error) => !isMissingEndpoint(error) && count < 2,
  });

export const usePlayerHistory = (playerId: string) => useQuery(playerHistoryQueryOptions(playerId));
