import { Type } from 'typebox';
import { Body, nullable, Timestamp, Uuid } from '../../lib/schemas.js';

const Snapshot = nullable(Type.Record(Type.String(), Type.Unknown()));

export const Match = Type.Object({
  id: Uuid,
  fixture_id: Uuid,
  match_order: Type.Integer(),
  match_type: Type.String(),
  home_player1_id: nullable(Uuid),
  home_player1_name: nullable(Type.String()),
  home_player2_id: nullable(Uuid),
  home_player2_name: nullable(Type.String()),
  guest_player1_id: nullable(Uuid),
  guest_player1_name: nullable(Type.String()),
  guest_player2_id: nullable(Uuid),
  guest_player2_name: nullable(Type.String()),
  home_sets: nullable(Type.Array(Type.Integer())),
  guest_sets: nullable(Type.Array(Type.Integer())),
  winner_team_id: nullable(Uuid),
  handicap_snapshot: Snapshot,
  rank_snapshot: Snapshot,
  point_before: Snapshot,
  point_after: Snapshot,
  rating_before: Snapshot,
  rating_after: Snapshot,
  recorded_at: nullable(Timestamp),
  recorded_by: nullable(Uuid),
  home_position: nullable(Type.String({ description: 'Lineup position (A, B, C…; D for the doubles)' })),
  guest_position: nullable(Type.String({ description: 'Lineup position (X, Y, Z…; D for the doubles)' })),
  forfeit_side: nullable(Type.String({ description: 'home or guest: the side that did not play' })),
  entered_by_team_id: nullable(Uuid),
  created_at: Timestamp,
  updated_at: Timestamp,
});

export const CreateMatchBody = Body({
  fixture_id: Uuid,
  match_order: Type.Integer({ minimum: 1, maximum: 9 }),
  match_type: Type.Union([Type.Literal('SINGLE'), Type.Literal('DOUBLE')]),
  home_player1_id: Uuid,
  home_player2_id: Type.Optional(nullable(Uuid)),
  guest_player1_id: Uuid,
  guest_player2_id: Type.Optional(nullable(Uuid)),
  /** Accepted for the original client (SPEC §6); the server always computes the handicap itself. */
  handicap_snapshot: Type.Optional(nullable(Type.Record(Type.String(), Type.Unknown()))),
});
