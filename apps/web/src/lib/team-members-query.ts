import { queryOptions, useQuery } from '@tanstack/react-query';
import { type ApiItem, api, send } from './api/client';
import { queryKeys } from './query-keys';

export type TeamMember = ApiItem<'/api/v1/teams/{id}/members'>;

/** A team's roster in one season, every status (inactive players still need a name in error messages); the captain's lineup and the moderator's match form both read it. */
export const getTeamMembers = async (teamId: string, seasonId: string, signal?: AbortSignal) =>
  (
    await send(
      api.GET('/api/v1/teams/{id}/members', {
        params: { path: { id: teamId }, query: { season_id: seasonId } },
        signal,
      }),
      signal,
    )
  ).data;

export const teamMembersQueryOptions = (teamId: string, seasonId: string) =>
  queryOptions({
    queryKey: queryKeys.teamMembers(seasonId, teamId),
    queryFn: ({ signal }) => getTeamMembers(teamId, seasonId, signal),
  });

export const useTeamMembers = (teamId: string, seasonId: string) =>
  useQuery(teamMembersQueryOptions(teamId, seasonId));
