import { queryOptions, useQuery } from '@tanstack/react-query';
import { type ApiItem, api, send } from '../../../lib/api/client';
import { queryKeys } from '../../../lib/query-keys';

/** A point trail entry as both the trail and the player history list it. */
export type PointLog = Pick<
  ApiItem<'/api/v1/points/logs/{playerSeasonId}'>,
  'id' | 'delta_points' | 'balance_after' | 'reason' | 'source' | 'ref_id' | 'created_at'
>;

/** The newest 200 entries of a season registration's point trail (the API lists oldest first). */
export async function getPointLogs(playerSeasonId: string, signal?: AbortSignal) {
  const logs = (query: { limit: number; offset?: number }) =>
    send(
      api.GET('/api/v1/points/logs/{playerSeasonId}', {
        params: { path: { playerSeasonId }, query },
        signal,
      }),
      signal,
    );
  const first = await logs({ limit: 1 });
  const offset = Math.max(0, first.meta.total - 200);
  const page = await logs({ limit: 200, offset });
  return [...page.data].reverse();
}

export const pointLogsQueryOptions = (playerSeasonId: string) =>
  queryOptions({
    queryKey: queryKeys.pointLogs(playerSeasonId),
    queryFn: ({ signal }) => getPointLogs(playerSeasonId, signal),
  });

export const usePointLogs = (playerSeasonId: string | null) =>
  useQuery({ ...pointLogsQueryOptions(playerSeasonId ?? ''), enabled: Boolean(playerSeasonId) });
