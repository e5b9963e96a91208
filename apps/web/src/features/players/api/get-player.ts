import { queryOptions, useQuery } from '@tanstack/react-query';
import { type ApiData, api, send } from '../../../lib/api/client';
import { queryKeys } from '../../../lib/query-keys';

export type Player = ApiData<'/api/v1/players/{id}'>;

export const getPlayer = async (playerId: string, signal?: AbortSignal) =>
  (await send(api.GET('/api/v1/players/{id}', { params: { path: { id: playerId } }, signal }), signal)).data;

export const playerQueryOptions = (playerId: string) =>
  queryOptions({
    queryKey: queryKeys.player(playerId),
    queryFn: ({ signal }) => getPlayer(playerId, signal),
  });

export const usePlayer = (playerId: string) => useQuery(playerQueryOptions(playerId));
