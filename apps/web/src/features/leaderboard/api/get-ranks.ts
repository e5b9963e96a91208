import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

export interface Rank {
  id: string;
  sort_order: number;
  min_score: number | null;
  max_score: number | null;
  description: string | null;
}

export const getRanks = async (signal?: AbortSignal) =>
  (await apiGet<Rank[]>('/ranks', undefined, signal)).data;

export const ranksQueryOptions = () =>
  queryOptions({
    queryKey: queryKeys.ranks(),
    queryFn: ({ signal }) => getRanks(signal),
    staleTime: 60 * 60_000,
  });

export const useRanks = () => useQuery(ranksQueryOptions());
