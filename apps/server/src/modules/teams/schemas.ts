import { Type } from 'typebox';
import { Body, Name, Paging, SearchText, Timestamp, Uuid } from '../../lib/schemas.js';
import { ImageUrl } from '../players/schemas.js';

export const Team = Type.Object({
  id: Uuid,
  name: Type.String(),
  short_name: Type.Union([Type.String(), Type.Null()]),
  logo_url: Type.Union([Type.String(), Type.Null()]),
  created_at: Timestamp,
  updated_at: Timestamp,
});

export const CreateTeamBody = Body({
  name: Name(100),
  short_name: Type.Optional(Type.Union([Name(20), Type.Null()])),
  logo_url: Type.Optional(Type.Union([ImageUrl, Type.Null()])),
});

export const UpdateTeamBody = Body({
  name: Type.Optional(Name(100)),
  short_name: Type.Optional(Type.Union([Name(20), Type.Null()])),
  logo_url: Type.Optional(Type.Union([ImageUrl, Type.Null()])),
});

export const TeamListQuery = Type.Object({
  q: Type.Optional(SearchText(100)),
  ...Paging,
});

export const TeamMember = Type.Object({
  player_season_id: Uuid,
  player_id: Uuid,
  full_name: Type.String(),
  avatar_url: Type.Union([Type.String(), Type.Null()]),
  rank_id: Type.String(),
  accumulated_points: Type.Number(),
  rating: Type.Number(),
  wins: Type.Integer(),
  losses: Type.Integer(),
  matches_played: Type.Integer(),
  status: Type.String(),
  display_order: Type.Integer(),
});

export const MembersQuery = Type.Object({ season_id: Type.Optional(Uuid) });
