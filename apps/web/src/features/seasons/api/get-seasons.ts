import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, send } from '../../../lib/api/client';
import { queryKeys } from '../../../lib/query-keys';

/** Every season, newest first (the server's order); a league keeps far fewer than 100. */
export const getSeasons = async (signal?: AbortSignal) =>
  (await send(api.GET('/api/v1/seasons', { params: { query: { limit: 100 } }, signal }), signal)).data;

export const seasonsQueryOptions = () =>
  queryOptions({
    queryKey: [...queryKeys.seasons, 'all'],
    queryFn: ({ signal }) => getSeasons(signal),
  });

export const useSeasons = () => useQuery(seasonsQueryOptions());
