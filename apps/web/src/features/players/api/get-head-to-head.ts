import { useQuery } from '@tanstack/react-query';
import { type ApiData, api, send } from '../../../lib/api/client';

export type HeadToHeadRecord = ApiData<'/api/v1/head-to-head'>;

export const getHeadToHead = async (playerId: string, opponentId: string, signal?: AbortSignal) =>
  (
    await send(
      api.GET('/api/v1/head-to-head', {
        params: { query: { player_a: playerId, player_b: opponentId } },
        signal,
      }),
      signal,
    )
  ).data;

/** Waits until an opponent is chosen. */
export const useHeadToHead = (playerId: string, opponentId: string) =>
  useQuery({
    queryKey: ['players', playerId, 'head-to-head', opponentId],
    queryFn: ({ signal }) => getHeadToHead(playerId, opponentId, signal),
    enabled: opponentId !== '',
  });
