import { useQuery } from '@tanstack/react-query';
import { apiList } from '../../../lib/api-client';

export interface TeamFixture {
  id: string;
  round: number;
  home_team_id: string;
  home_team_name: string;
  guest_team_name: string;
  home_score: number;
  guest_score: number;
  status: string;
  scheduled_at: string | null;
  venue: string | null;
  confirmation?: string | null;
}

/** The team's fixtures of one season, in round order (a season holds a few hundred fixtures at most). */
export const useTeamFixtures = (seasonId: string, teamId: string) =>
  useQuery({
    queryKey: ['seasons', seasonId, 'fixtures', 'team', teamId],
    queryFn: async ({ signal }) => {
      const response = await apiList<TeamFixture & { guest_team_id: string }>(
        `/seasons/${seasonId}/fixtures`,
        { limit: 200 },
        signal,
      );
      return response.data
        .filter((fixture) => fixture.home_team_id === teamId || fixture.guest_team_id === teamId)
        .sort((a, b) => a.round - b.round);
    },
  });
