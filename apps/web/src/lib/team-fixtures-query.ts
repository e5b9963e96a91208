import { queryOptions, useQuery } from '@tanstack/react-query';
import { type ApiItem, api, send } from './api/client';
import { queryKeys } from './query-keys';

export type TeamFixture = ApiItem<'/api/v1/seasons/{id}/fixtures'>;

/**
 * One team's fixtures of a season, filtered and ordered by round on the server (`team_id`). A team plays a
 * few dozen fixtures a season, so one page of 200 holds them all. Read by the team page and the captain's home.
 */
export const teamFixturesQueryOptions = (seasonId: string, teamId: string) =>
  queryOptions({
    queryKey: queryKeys.teamFixtures(seasonId, teamId),
    queryFn: async ({ signal }) =>
      (
        await send(
          api.GET('/api/v1/seasons/{id}/fixtures', {
            params: { path: { id: seasonId }, query: { team_id: teamId, limit: 200 } },
            signal,
          }),
          signal,
        )
      ).data,
  });

export const useTeamFixtures = (seasonId: string, teamId: string) =>
  useQuery(teamFixturesQueryOptions(seasonId, teamId));
