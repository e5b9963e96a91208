import { useQuery } from '@tanstack/react-query';
import { type ApiData, api, send } from '../../../lib/api/client';
import { queryKeys } from '../../../lib/query-keys';

export type PointChange = ApiData<'/api/v1/matches/{id}/point-changes'>[number];

/** GET /matches/{id}/point-changes: what the result still gives each player, i.e. what voiding gives back. */
export const usePointChanges = (matchId: string) =>
  useQuery({
    queryKey: [...queryKeys.match(matchId), 'point-changes'],
    queryFn: async ({ signal }) =>
      (
        await send(
          api.GET('/api/v1/matches/{id}/point-changes', { params: { path: { id: matchId } }, signal }),
          signal,
        )
      ).data,
    // Always what the ledger says now: another void or a penalty may have moved it.
    staleTime: 0,
  });
