import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type ApiItem, type ApiResult, send } from '../../../lib/api/client';

/**
 * One organiser read through the generated client: `read` is an `api.GET(...)` call, so its path,
 * parameters and answer are checked by tsc against the server's document. `key` names it under the
 * 'admin' branch; `null` waits (nothing to read yet).
 */
export function useAdminQuery<T>(
  key: readonly unknown[] | null,
  read: (signal: AbortSignal) => Promise<ApiResult<T>>,
) {
  return useQuery({
    queryKey: ['admin', ...(key ?? [])],
    queryFn: ({ signal }) => send(read(signal), signal),
    enabled: key !== null,
    placeholderData: keepPreviousData,
  });
}

/**
 * One organiser write through the generated client. Afterwards every cached query is marked stale and
 * refetched in the background: an organiser's change can touch tables, fixtures and rounds at once.
 * The refetch is not awaited, so the button is free again as soon as the server has answered.
 */
export function useAdminAction<Input, T>(
  write: (input: Input) => Promise<ApiResult<T>>,
  { onSuccess }: { onSuccess?: (body: T, input: Input) => void } = {},
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Input) => send(write(input)),
    onSuccess: (body, input) => {
      void queryClient.invalidateQueries();
      onSuccess?.(body, input);
    },
  });
}

// The shapes organiser screens read, straight from the server's document.
export type AdminSeason = ApiItem<'/api/v1/seasons'>;
export type AdminTeam = ApiItem<'/api/v1/teams'>;
export type AdminPlayer = ApiItem<'/api/v1/players'>;
export type Registration = ApiItem<'/api/v1/seasons/{id}/players'>;
export type AdminRound = ApiItem<'/api/v1/seasons/{id}/rounds'>;
export type Account = ApiItem<'/api/v1/users'>;
export type AuditEvent = ApiItem<'/api/v1/audit'>;
export type RankTierRow = ApiItem<'/api/v1/ranks'>;
export type Division = ApiItem<'/api/v1/seasons/{id}/divisions'>;
export type SeasonTeam = ApiItem<'/api/v1/seasons/{id}/teams'>;
export type DisputedFixture = ApiItem<'/api/v1/admin/disputes'>;
