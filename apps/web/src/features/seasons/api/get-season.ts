import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';
import type { Season } from './get-active-season';

export async function getSeason(seasonId: string, signal?: AbortSignal): Promise<Season> {
  return (await apiGet<Season>(`/seasons/${seasonId}`, undefined, signal)).data;
}

export const seasonQueryOptions = (seasonId: string) =>
  queryOptions({
    queryKey: queryKeys.season(seasonId),
    queryFn: ({ signal }) => getSeason(seasonId, signal),
    staleTime: 5 * 60_000,
  });

export const useSeason = (seasonId: string | undefined) =>
  useQuery({ ...seasonQueryOptions(seasonId ?? ''), enabled: Boolean(seasonId) });
