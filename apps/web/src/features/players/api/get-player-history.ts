import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ListMeta } from '../../../lib/api-client';
import { apiGet } from '../../../lib/api-client';
import { isMissingEndpoint } from '../../../lib/api-error';
import { queryKeys } from '../../../lib/query-keys';
import type { ProgressionPoint } from '../components/rating-chart';
import type { PointLog } from './get-point-logs';

export interface PlayerSeasonSummary {
  player_season_id: string;
  season_id: string;
  season_name: string;
  year: number;
  season_status: string;
  team_name: string;
  rank_id: string;
  accumulated_points: number;
  rating: number;
  wins: number;
  losses: number;
  matches_played: number;
  position: number | null;
}

export interface PlayerRef {
  player_id: string;
  player_name: string;
}

export interface PlayerMatch {
  match_id: string;
  fixture_id: string;
  season_name: string;
  round: number;
  match_type: string;
  played_at: string;
  /** The fixture's scheduled day (null for a fixture without a date, or an older server). */
  scheduled_at?: string | null;
  team_name: string;
  opponent_team_name: string;
  partner: PlayerRef | null;
  opponents: PlayerRef[];
  sets_for: number[];
  sets_against: number[];
  games_for: number;
  games_against: number;
  won: boolean;
  points_earned: number | null;
  rating_change: number | null;
}

export interface RankChange {
  season_id: string;
  round: number | null;
  from_rank_id: string | null;
  to_rank_id: string;
  reason: string;
  created_at: string;
}

export interface PlayerHistory {
  seasons: PlayerSeasonSummary[];
  rank_history: RankChange[];
  /** Rating and place after each finalized round (the stored round tables); older servers omit it. */
  progression?: ProgressionPoint[];
  matches: { data: PlayerMatch[]; meta: ListMeta };
  point_logs: { data: PointLog[]; meta: ListMeta };
}

export const getPlayerHistory = async (playerId: string, signal?: AbortSignal) =>
  (await apiGet<PlayerHistory>(`/players/${playerId}/history`, { limit: 20 }, signal)).data;

export const playerHistoryQueryOptions = (playerId: string) =>
  queryOptions({
    queryKey: queryKeys.playerHistory(playerId),
    queryFn: ({ signal }) => getPlayerHistory(playerId, signal),
    // A server without this endpoint answers 404 NOT_FOUND: asking again will not change that.
    retry: (count, error) => !isMissingEndpoint(error) && count < 2,
  });

export const usePlayerHistory = (playerId: string) => useQuery(playerHistoryQueryOptions(playerId));
