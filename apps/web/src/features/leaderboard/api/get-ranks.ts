import { queryOptions, useQuery } from '@tanstack/react-query';
import { type ApiItem, api, send } from '../../../lib/api/client';
import { queryKeys } from '../../../lib/query-keys';

export type Rank = ApiItem<'/api/v1/ranks'>;

export const getRanks = async (signal?: AbortSignal) =>
  (await send(api.GET('/api/v1/ranks', { signal }), signal)).data;

export const ranksQueryOptions = () =>
  queryOptions({
    queryKey: queryKeys.ranks(),
    queryFn: ({ signal }) => getRanks(signal),
    staleTime: 60 * 60_000,
  });

export const useRanks = () => useQuery(ranksQueryOptions());
