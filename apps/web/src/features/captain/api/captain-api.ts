import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type ApiData, type ApiItem, type ApiResult, api, send } from '../../../lib/api/client';

export type FixtureLineups = ApiData<'/api/v1/fixtures/{id}/lineups'>;
export type Side = FixtureLineups['home']['side'];
export type Member = ApiItem<'/api/v1/teams/{id}/members'>;

export const useLineups = (fixtureId: string) =>
  useQuery({
    queryKey: ['fixtures', fixtureId, 'lineups'],
    queryFn: async ({ signal }) =>
      (
        await send(
          api.GET('/api/v1/fixtures/{id}/lineups', { params: { path: { id: fixtureId } }, signal }),
          signal,
        )
      ).data,
  });

export const useRoster = (teamId: string, seasonId: string) =>
  useQuery({
    queryKey: ['seasons', seasonId, 'teams', teamId, 'members'],
    queryFn: async ({ signal }) =>
      (
        await send(
          api.GET('/api/v1/teams/{id}/members', {
            params: { path: { id: teamId }, query: { season_id: seasonId } },
            signal,
          }),
          signal,
        )
      ).data,
  });

/**
 * One captain action through the generated client; afterwards every cached query refreshes (a result
 * touches tables and fixtures), and the action stays busy until they have.
 */
export function useCaptainAction<Input, T>(write: (input: Input) => Promise<ApiResult<T>>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Input) => send(write(input)),
    onSuccess: () => queryClient.invalidateQueries(),
  });
}
