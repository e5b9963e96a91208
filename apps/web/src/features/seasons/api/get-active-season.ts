import type { SeasonRules } from '@pingpong/domain';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiList } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

export interface Season {
  id: string;
  name: string;
  year: number;
  start_date: string | null;
  end_date: string | null;
  status: 'UPCOMING' | 'ACTIVE' | 'FINISHED';
  rules: Partial<SeasonRules>;
  /** IANA zone of the league's dates (e.g. Asia/Ho_Chi_Minh); older servers leave it out. */
  timezone?: string | null;
}

/** At most one season is ACTIVE (the database enforces it); null when none is. */
export async function getActiveSeason(signal?: AbortSignal): Promise<Season | null> {
  const response = await apiList<Season>('/seasons', { status: 'ACTIVE', limit: 1 }, signal);
  return response.data[0] ?? null;
}

export const activeSeasonQueryOptions = () =>
  queryOptions({
    queryKey: queryKeys.activeSeason(),
    queryFn: ({ signal }) => getActiveSeason(signal),
    staleTime: 5 * 60_000,
  });

export const useActiveSeason = () => useQuery(activeSeasonQueryOptions());
