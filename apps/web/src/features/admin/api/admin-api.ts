import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ApiItem } from '../../../lib/api/client';
import { apiRequest, type ListMeta, type QueryParams, type RequestOptions } from '../../../lib/api-client';

/** Organiser screens read straight from the API; every key starts with 'admin' or a shared branch. */
export function useApiQuery<T>(path: string | null, query?: QueryParams) {
  return useQuery({
    queryKey: ['admin', path, query ?? {}],
    queryFn: async ({ signal }) => {
      const response = await apiRequest<T>(path ?? '', { query, signal });
      return { data: response.data, meta: response.meta as ListMeta | undefined };
    },
    enabled: path !== null,
    placeholderData: keepPreviousData,
  });
}

/**
 * One organiser action. After it succeeds every cached query is refetched: an organiser's change can
 * touch tables, fixtures and rounds at once, and the cost of refreshing a handful of lists is small.
 */
export function useApiAction<Input, Output = unknown>(
  request: (input: Input) => { path: string } & RequestOptions,
  { onSuccess }: { onSuccess?: (data: Output, input: Input) => void } = {},
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: Input) => {
      const { path, ...options } = request(input);
      return (await apiRequest<Output>(path, options)).data;
    },
    onSuccess: async (data, input) => {
      await queryClient.invalidateQueries();
      onSuccess?.(data, input);
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
