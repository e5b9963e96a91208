import { useQuery } from '@tanstack/react-query';
import { type ApiItem, api, send } from '../../../lib/api/client';

export type Division = ApiItem<'/api/v1/seasons/{id}/divisions'>;

export const getDivisions = async (seasonId: string, signal?: AbortSignal) =>
  (
    await send(
      api.GET('/api/v1/seasons/{id}/divisions', { params: { path: { id: seasonId } }, signal }),
      signal,
    )
  ).data;

/** A season's divisions, top first; none for a season played as one table. */
export const useDivisions = (seasonId: string) =>
  useQuery({
    queryKey: ['seasons', seasonId, 'divisions'],
    queryFn: async ({ signal }) => (await getDivisions(seasonId, signal)).sort((a, b) => a.level - b.level),
  });
