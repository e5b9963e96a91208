import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, send } from '../../../lib/api/client';
import { queryKeys } from '../../../lib/query-keys';
import type { Season } from './get-active-season';

export async function getSeason(seasonId: string, signal?: AbortSignal): Promise<Season> {
  return (await send(api.GET('/api/v1/seasons/{id}', { params: { path: { id: seasonId } }, signal }), signal))
    .data;
}

export const seasonQueryOptions = (seasonId: string) =>
  queryOptions({
    queryKey: queryKeys.season(seasonId),
    queryFn: ({ signal }) => getSeason(seasonId, signal),
    staleTime: 5 * 60_000,
  });

export const useSeason = (seasonId: string | undefined) =>
  useQuery({ ...seasonQueryOptions(seasonId ?? ''), enabled: Boolean(seasonId) });
