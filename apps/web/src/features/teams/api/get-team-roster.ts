import { queryOptions, useQuery } from '@tanstack/react-query';
import { type ApiItem, api, send } from '../../../lib/api/client';

export type RosterEntry = ApiItem<'/api/v1/teams/{id}/members'>;

/** A team's players in one season; without one the server picks the active season (else the latest). */
export const getTeamRoster = async (teamId: string, seasonId: string | undefined, signal?: AbortSignal) =>
  (
    await send(
      api.GET('/api/v1/teams/{id}/members', {
        params: { path: { id: teamId }, query: { season_id: seasonId || undefined } },
        signal,
      }),
      signal,
    )
  ).data;

export const teamRosterQueryOptions = (teamId: string, seasonId: string | undefined) =>
  queryOptions({
    queryKey: ['seasons', seasonId ?? 'active', 'teams', teamId, 'members', 'page'],
    queryFn: ({ signal }) => getTeamRoster(teamId, seasonId, signal),
  });

export const useTeamRoster = (teamId: string, seasonId: string | undefined) =>
  useQuery(teamRosterQueryOptions(teamId, seasonId));
