import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
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

export interface AdminSeason {
  id: string;
  name: string;
  year: number;
  status: 'UPCOMING' | 'ACTIVE' | 'FINISHED';
  start_date: string | null;
  end_date: string | null;
  rules: Record<string, unknown>;
}

export interface AdminTeam {
  id: string;
  name: string;
  short_name: string | null;
  logo_url: string | null;
}

export interface AdminPlayer {
  id: string;
  full_name: string;
  birth_year: number | null;
  gender: string | null;
  avatar_url: string | null;
  is_active: boolean;
}

export interface Registration {
  id: string;
  player_id: string;
  player_name: string;
  team_id: string;
  team_name: string;
  rank_id: string;
  accumulated_points: number;
  rating: number;
  status: string;
}

export interface AdminRound {
  round: number;
  status: 'OPEN' | 'LOCKED' | 'FINALIZED';
  fixture_count: number;
  completed_count: number;
  pending_count: number;
  can_finalize: boolean;
}

export interface Account {
  id: string;
  email: string;
  role: 'ADMIN' | 'MODERATOR' | 'VIEWER';
  display_name: string | null;
  is_active: boolean;
}

export interface AuditEvent {
  id: string;
  actor_email: string | null;
  action: string;
  entity: string;
  entity_id: string | null;
  request_id: string | null;
  created_at: string;
}

export interface RankTierRow {
  id: string;
  name?: string;
  sort_order: number;
  min_score: number | null;
  max_score: number | null;
  promotion_buffer: number;
  relegation_buffer: number;
}

export interface Division {
  id: string;
  name: string;
  level: number;
  promotion_places: number;
  relegation_places: number;
}
