import { useQuery } from '@tanstack/react-query';
import { type ApiItem, api, send } from '../../../lib/api/client';

export type TeamFixture = ApiItem<'/api/v1/seasons/{id}/fixtures'>;

/** The team's fixtures of one season, in round order (a season holds a few hundred fixtures at most). */
export const useTeamFixtures = (seasonId: string, teamId: string) =>
  useQuery({
    queryKey: ['seasons', seasonId, 'fixtures', 'team', teamId],
    queryFn: async ({ signal }) => {
      const response = await send(
        api.GET('/api/v1/seasons/{id}/fixtures', {
          params: { path: { id: seasonId }, query: { limit: 200 } },
          signal,
        }),
        signal,
      );
      return response.data
        .filter((fixture) => fixture.home_team_id === teamId || fixture.guest_team_id === teamId)
        .sort((a, b) => a.round - b.round);
    },
  });
