import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

export interface SeasonTeam {
  id: string;
  team_id: string;
  team_name: string;
  short_name: string | null;
  player_count: number;
}

export const getSeasonTeams = async (seasonId: string, signal?: AbortSignal) =>
  (await apiGet<SeasonTeam[]>(`/seasons/${seasonId}/teams`, undefined, signal)).data;

export const seasonTeamsQueryOptions = (seasonId: string) =>
  queryOptions({
    queryKey: queryKeys.seasonTeams(seasonId),
    queryFn: ({ signal }) => getSeasonTeams(seasonId, signal),
    staleTime: 5 * 60_000,
  });

export const useSeasonTeams = (seasonId: string) => useQuery(seasonTeamsQueryOptions(seasonId));
