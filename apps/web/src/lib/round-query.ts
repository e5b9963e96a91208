import { queryOptions, useQuery } from '@tanstack/react-query';
import { type ApiData, api, send } from './api/client';
import { queryKeys } from './query-keys';

export type Round = ApiData<'/api/v1/seasons/{id}/rounds/{round}'>;

export const getRound = async (seasonId: string, round: number, signal?: AbortSignal) =>
  (
    await send(
      api.GET('/api/v1/seasons/{id}/rounds/{round}', { params: { path: { id: seasonId, round } }, signal }),
      signal,
    )
  ).data;

export const roundQueryOptions = (seasonId: string, round: number) =>
  queryOptions({
    queryKey: queryKeys.round(seasonId, round),
    queryFn: ({ signal }) => getRound(seasonId, round, signal),
  });

export const useRound = (seasonId: string, round: number) => useQuery(roundQueryOptions(seasonId, round));
