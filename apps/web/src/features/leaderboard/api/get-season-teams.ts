import { queryOptions, useQuery } from '@tanstack/react-query';
import { type ApiItem, api, send } from '../../../lib/api/client';
import { queryKeys } from '../../../lib/query-keys';

export type SeasonTeam = ApiItem<'/api/v1/seasons/{id}/teams'>;

export const getSeasonTeams = async (seasonId: string, signal?: AbortSignal) =>
  (await send(api.GET('/api/v1/seasons/{id}/teams', { params: { path: { id: seasonId } }, signal }), signal))
    .data;

export const seasonTeamsQueryOptions = (seasonId: string) =>
  queryOptions({
    queryKey: queryKeys.seasonTeams(seasonId),
    queryFn: ({ signal }) => getSeasonTeams(seasonId, signal),
    staleTime: 5 * 60_000,
  });

export const useSeasonTeams = (seasonId: string) => useQuery(seasonTeamsQueryOptions(seasonId));
