import { queryOptions, useQuery } from '@tanstack/react-query';
import { type ApiData, api, send } from '../../../lib/api/client';

export type Team = ApiData<'/api/v1/teams/{id}'>;

export const getTeam = async (teamId: string, signal?: AbortSignal) =>
  (await send(api.GET('/api/v1/teams/{id}', { params: { path: { id: teamId } }, signal }), signal)).data;

export const teamQueryOptions = (teamId: string) =>
  queryOptions({
    queryKey: ['teams', teamId],
    queryFn: ({ signal }) => getTeam(teamId, signal),
  });

export const useTeam = (teamId: string) => useQuery(teamQueryOptions(teamId));
