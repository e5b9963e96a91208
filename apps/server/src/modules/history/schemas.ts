import { type Static, Type } from 'typebox';
import { Meta, nullable, Paging, Timestamp, Uuid } from '../../lib/schemas.js';

const Sets = Type.Array(Type.Integer());

export const PlayerRef = Type.Object({ player_id: Uuid, player_name: Type.String() });

export const PlayerSeasonSummary = Type.Object({
  player_season_id: Uuid,
  season_id: Uuid,
  season_name: Type.String(),
  year: Type.Integer(),
  season_status: Type.String(),
  team_id: Uuid,
  team_name: Type.String(),
  rank_id: Type.String(),
  rank_name: nullable(Type.String()),
  accumulated_points: Type.Number(),
  rating: Type.Number(),
  wins: Type.Integer(),
  losses: Type.Integer(),
  matches_played: Type.Integer(),
  status: Type.String(),
  position: nullable(
    Type.Integer({ description: 'Place in the season table (final once FINISHED); null unless ACTIVE' }),
  ),
});

export const PlayerMatch = Type.Object({
  match_id: Uuid,
  fixture_id: Uuid,
  season_id: Uuid,
  season_name: Type.String(),
  round: Type.Integer(),
  match_order: Type.Integer(),
  match_type: Type.String(),
  played_at: Timestamp,
  scheduled_at: nullable(Type.String({ format: 'date-time', description: "The fixture's own day and time" })),
  team_id: Uuid,
  team_name: Type.String(),
  opponent_team_id: Uuid,
  opponent_team_name: Type.String(),
  partner: nullable(PlayerRef),
  opponents: Type.Array(PlayerRef),
  sets_for: Sets,
  sets_against: Sets,
  games_for: Type.Integer(),
  games_against: Type.Integer(),
  won: Type.Boolean(),
  rank_id: nullable(Type.String({ description: "The player's rank when the match was recorded" })),
  points_earned: nullable(Type.Number()),
  rating_change: nullable(Type.Number()),
});

export const PlayerPointLog = Type.Object({
  id: Uuid,
  season_id: Uuid,
  player_season_id: Uuid,
  delta_points: Type.Number(),
  balance_after: Type.Number(),
  reason: Type.String(),
  source: Type.String(),
  ref_id: nullable(Uuid),
  created_at: Timestamp,
});

export const RankHistoryEntry = Type.Object({
  season_id: Uuid,
  player_season_id: Uuid,
  round: nullable(Type.Integer()),
  from_rank_id: nullable(Type.String()),
  to_rank_id: Type.String(),
  rating: Type.Number(),
  reason: Type.String({ description: 'REGISTRATION, CARRY_OVER, MANUAL, PROMOTION or RELEGATION' }),
  created_at: Timestamp,
});

export const ProgressionPoint = Type.Object({
  season_id: Uuid,
  round: Type.Integer(),
  position: Type.Integer(),
  accumulated_points: Type.Number(),
  rating: Type.Number(),
  rank_id: Type.String(),
  wins: Type.Integer(),
  losses: Type.Integer(),
});

const Page = <T extends Parameters<typeof Type.Array>[0]>(item: T) =>
  Type.Object({ data: Type.Array(item), meta: Meta });

export const PlayerHistory = Type.Object({
  player: Type.Object({ id: Uuid, full_name: Type.String(), avatar_url: nullable(Type.String()) }),
  seasons: Type.Array(PlayerSeasonSummary),
  rank_history: Type.Array(RankHistoryEntry),
  progression: Type.Array(ProgressionPoint),
  matches: Page(PlayerMatch),
  point_logs: Page(PlayerPointLog),
});

export const HistoryQuery = Type.Object({
  season_id: Type.Optional(Uuid),
  limit: Type.Optional(
    Type.Integer({
      minimum: 1,
      maximum: 200,
      default: 20,
      description: 'Size of the first page of matches and point logs; page on with their own endpoints',
    }),
  ),
});

export const PlayerListQuery = Type.Object({ season_id: Type.Optional(Uuid), ...Paging });

export type PlayerSeasonSummaryRow = Static<typeof PlayerSeasonSummary>;
export type PlayerMatchRow = Static<typeof PlayerMatch>;
export type PlayerPointLogRow = Static<typeof PlayerPointLog>;
export type RankHistoryRow = Static<typeof RankHistoryEntry>;
export type ProgressionRow = Static<typeof ProgressionPoint>;
