import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

export interface StandingsRow {
  position: number;
  team_id: string;
  team_name: string;
  division_id?: string | null;
  played: number;
  won: number;
  drawn: number;
  lost: number;
  points: number;
  matches_won: number;
  matches_lost: number;
  sets_won: number;
  sets_lost: number;
  balls_won: number;
  balls_lost: number;
}

export const getStandings = async (seasonId: string, signal?: AbortSignal) =>
  (await apiGet<StandingsRow[]>(`/seasons/${seasonId}/standings`, undefined, signal)).data;

export const standingsQueryOptions = (seasonId: string) =>
  queryOptions({
    queryKey: queryKeys.standings(seasonId),
    queryFn: ({ signal }) => getStandings(seasonId, signal),
  });

export const useStandings = (seasonId: string) => useQuery(standingsQueryOptions(seasonId));
