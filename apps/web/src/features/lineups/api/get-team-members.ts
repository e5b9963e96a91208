import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

export interface TeamMember {
  player_season_id: string;
  player_id: string;
  full_name: string;
  rank_id: string;
  status: 'ACTIVE' | 'INACTIVE' | 'WITHDRAWN' | string;
  display_order: number;
}

/** A team's roster in one season, every status: inactive players still need a name in error messages. */
export const getTeamMembers = async (teamId: string, seasonId: string, signal?: AbortSignal) =>
  (await apiGet<TeamMember[]>(`/teams/${teamId}/members`, { season_id: seasonId }, signal)).data;

export const teamMembersQueryOptions = (teamId: string, seasonId: string) =>
  queryOptions({
    queryKey: queryKeys.teamMembers(seasonId, teamId),
    queryFn: ({ signal }) => getTeamMembers(teamId, seasonId, signal),
  });

export const useTeamMembers = (teamId: string, seasonId: string) =>
  useQuery(teamMembersQueryOptions(teamId, seasonId));
