import { queryOptions, useQuery } from '@tanstack/react-query';
import { type ApiItem, api, send } from '../../../lib/api/client';
import { queryKeys } from '../../../lib/query-keys';

export type StandingsRow = ApiItem<'/api/v1/seasons/{id}/standings'>;

export const getStandings = async (seasonId: string, signal?: AbortSignal) =>
  (
    await send(
      api.GET('/api/v1/seasons/{id}/standings', { params: { path: { id: seasonId } }, signal }),
      signal,
    )
  ).data;

export const standingsQueryOptions = (seasonId: string) =>
  queryOptions({
    queryKey: queryKeys.standings(seasonId),
    queryFn: ({ signal }) => getStandings(seasonId, signal),
  });

export const useStandings = (seasonId: string) => useQuery(standingsQueryOptions(seasonId));
