import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiList } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

export interface PointLog {
  id: string;
  delta_points: number;
  balance_after: number;
  reason: string;
  source: string;
  /** The match for MATCH entries, the adjustment otherwise. */
  ref_id?: string | null;
  created_at: string;
}

/** The newest 200 entries of a season registration's point trail (the API lists oldest first). */
export async function getPointLogs(playerSeasonId: string, signal?: AbortSignal) {
  const first = await apiList<PointLog>(`/points/logs/${playerSeasonId}`, { limit: 1 }, signal);
  const offset = Math.max(0, first.meta.total - 200);
  const page = await apiList<PointLog>(`/points/logs/${playerSeasonId}`, { limit: 200, offset }, signal);
  return [...page.data].reverse();
}

export const pointLogsQueryOptions = (playerSeasonId: string) =>
  queryOptions({
    queryKey: queryKeys.pointLogs(playerSeasonId),
    queryFn: ({ signal }) => getPointLogs(playerSeasonId, signal),
  });

export const usePointLogs = (playerSeasonId: string | null) =>
  useQuery({ ...pointLogsQueryOptions(playerSeasonId ?? ''), enabled: Boolean(playerSeasonId) });
