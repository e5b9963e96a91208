import { useQuery } from '@tanstack/react-query';
import { type ApiData, api, send } from '../../../lib/api/client';

export type FixtureLineups = ApiData<'/api/v1/fixtures/{id}/lineups'>;
export type Side = FixtureLineups['home']['side'];

/** Both sides' lineups; the other side's positions stay hidden until both are in. */
export const getLineups = async (fixtureId: string, signal?: AbortSignal) =>
  (
    await send(
      api.GET('/api/v1/fixtures/{id}/lineups', { params: { path: { id: fixtureId } }, signal }),
      signal,
    )
  ).data;

export const useLineups = (fixtureId: string) =>
  useQuery({
    queryKey: ['fixtures', fixtureId, 'lineups'],
    queryFn: ({ signal }) => getLineups(fixtureId, signal),
  });
