import { queryOptions, useQuery } from '@tanstack/react-query';
import { type ApiItem, api, send } from '../../../lib/api/client';
import { queryKeys } from '../../../lib/query-keys';

export type Season = ApiItem<'/api/v1/seasons'>;

/** At most one season is ACTIVE (the database enforces it); null when none is. */
export async function getActiveSeason(signal?: AbortSignal): Promise<Season | null> {
  const response = await send(
    api.GET('/api/v1/seasons', { params: { query: { status: 'ACTIVE', limit: 1 } }, signal }),
    signal,
  );
  return response.data[0] ?? null;
}

export const activeSeasonQueryOptions = () =>
  queryOptions({
    queryKey: queryKeys.activeSeason(),
    queryFn: ({ signal }) => getActiveSeason(signal),
    staleTime: 5 * 60_000,
  });

export const useActiveSeason = () => useQuery(activeSeasonQueryOptions());
