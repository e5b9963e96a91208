import { useQuery } from '@tanstack/react-query';
import { type ApiItem, api, send } from '../../../lib/api/client';
import { queryKeys } from '../../../lib/query-keys';

export type Member = ApiItem<'/api/v1/teams/{id}/members'>;

export const getRoster = async (teamId: string, seasonId: string, signal?: AbortSignal) =>
  (
    await send(
      api.GET('/api/v1/teams/{id}/members', {
        params: { path: { id: teamId }, query: { season_id: seasonId } },
        signal,
      }),
      signal,
    )
  ).data;

export const useRoster = (teamId: string, seasonId: string) =>
  useQuery({
    queryKey: queryKeys.teamMembers(seasonId, teamId),
    queryFn: ({ signal }) => getRoster(teamId, seasonId, signal),
  });
