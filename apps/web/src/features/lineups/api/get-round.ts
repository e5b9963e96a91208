import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

export interface Round {
  round: number;
  status: 'OPEN' | 'LOCKED' | 'FINALIZED';
}

export const getRound = async (seasonId: string, round: number, signal?: AbortSignal) =>
  (await apiGet<Round>(`/seasons/${seasonId}/rounds/${round}`, undefined, signal)).data;

export const roundQueryOptions = (seasonId: string, round: number) =>
  queryOptions({
    queryKey: queryKeys.round(seasonId, round),
    queryFn: ({ signal }) => getRound(seasonId, round, signal),
  });

export const useRound = (seasonId: string, round: number) => useQuery(roundQueryOptions(seasonId, round));
