import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiGet, apiRequest, type RequestOptions } from '../../../lib/api-client';

export type Side = 'home' | 'guest';

export interface SideLineup {
  side: Side;
  team_id: string;
  submitted: boolean;
  positions: Record<string, string> | null;
  doubles: string[] | null;
}

export interface FixtureLineups {
  fixture_id: string;
  format: unknown;
  complete: boolean;
  home: SideLineup;
  guest: SideLineup;
}

export interface Member {
  player_id: string;
  full_name: string;
  status: string;
}

export const useLineups = (fixtureId: string) =>
  useQuery({
    queryKey: ['fixtures', fixtureId, 'lineups'],
    queryFn: async ({ signal }) =>
      (await apiGet<FixtureLineups>(`/fixtures/${fixtureId}/lineups`, undefined, signal)).data,
  });

export const useRoster = (teamId: string, seasonId: string) =>
  useQuery({
    queryKey: ['seasons', seasonId, 'teams', teamId, 'members'],
    queryFn: async ({ signal }) =>
      (await apiGet<Member[]>(`/teams/${teamId}/members`, { season_id: seasonId }, signal)).data,
  });

/** One captain action; afterwards every cached query refreshes (a result touches tables and fixtures). */
export function useCaptainAction<Input>(request: (input: Input) => { path: string } & RequestOptions) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: Input) => {
      const { path, ...options } = request(input);
      return (await apiRequest<unknown>(path, { method: 'POST', ...options })).data;
    },
    onSuccess: () => queryClient.invalidateQueries(),
  });
}
