import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client';
import { queryKeys } from '../../../lib/query-keys';

export interface Player {
  id: string;
  full_name: string;
  birth_year: number | null;
  gender: string | null;
  avatar_url: string | null;
  is_active: boolean;
}

export const getPlayer = async (playerId: string, signal?: AbortSignal) =>
  (await apiGet<Player>(`/players/${playerId}`, undefined, signal)).data;

export const playerQueryOptions = (playerId: string) =>
  queryOptions({
    queryKey: queryKeys.player(playerId),
    queryFn: ({ signal }) => getPlayer(playerId, signal),
  });

export const usePlayer = (playerId: string) => useQuery(playerQueryOptions(playerId));
