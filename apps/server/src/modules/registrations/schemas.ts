import { Type } from 'typebox';
import { Body, Paging, Timestamp, Uuid } from '../../lib/schemas.js';

export const PlayerSeasonStatus = Type.Union([
  Type.Literal('ACTIVE'),
  Type.Literal('INACTIVE'),
  Type.Literal('WITHDRAWN'),
]);
const RankId = Type.String({ pattern: '^[A-Z][0-9]$' });

export const PlayerSeason = Type.Object({
  id: Uuid,
  season_id: Uuid,
  player_id: Uuid,
  player_name: Type.String(),
  team_id: Uuid,
  team_name: Type.String(),
  rank_id: Type.String(),
  accumulated_points: Type.Number(),
  rating: Type.Number(),
  wins: Type.Integer(),
  losses: Type.Integer(),
  matches_played: Type.Integer(),
  status: Type.String(),
  display_order: Type.Integer(),
  created_at: Timestamp,
  updated_at: Timestamp,
});

export const RegisterPlayerBody = Body({
  player_id: Uuid,
  team_id: Uuid,
  rank_id: Type.Optional(RankId),
  opening_points: Type.Optional(Type.Number({ minimum: 0, maximum: 100_000, multipleOf: 0.01 })),
  rating: Type.Optional(Type.Number({ minimum: 0, maximum: 9999.99, multipleOf: 0.01 })),
  display_order: Type.Optional(Type.Integer({ minimum: 0, maximum: 10_000 })),
  carry_over_from_season_id: Type.Optional(Uuid),
});

export const UpdatePlayerSeasonBody = Body({
  team_id: Type.Optional(Uuid),
  rank_id: Type.Optional(RankId),
  status: Type.Optional(PlayerSeasonStatus),
  display_order: Type.Optional(Type.Integer({ minimum: 0, maximum: 10_000 })),
});

export const RegistrationListQuery = Type.Object({
  team_id: Type.Optional(Uuid),
  status: Type.Optional(PlayerSeasonStatus),
  ...Paging,
});
