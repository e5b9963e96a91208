import { useQuery } from '@tanstack/react-query';
import { apiGet } from '../../../lib/api-client';

export interface Division {
  id: string;
  name: string;
  level: number;
}

/** A season's divisions, top first; none for a season played as one table. */
export const useDivisions = (seasonId: string) =>
  useQuery({
    queryKey: ['seasons', seasonId, 'divisions'],
    queryFn: async ({ signal }) =>
      (await apiGet<Division[]>(`/seasons/${seasonId}/divisions`, undefined, signal)).data.sort(
        (a, b) => a.level - b.level,
      ),
  });
