import { Type } from 'typebox';
import { Body, FreeText, Uuid } from '../../lib/schemas.js';

const Sets = Type.Array(Type.Integer({ minimum: 0, maximum: 99 }), { minItems: 1, maxItems: 9 });

export const RecordResultBody = Body({
  home_sets: Sets,
  guest_sets: Sets,
  winner_team_id: Type.Optional(Uuid),
});

export const VoidResultBody = Body({
  reason: FreeText(500),
});

export const Side = Type.Union([Type.Literal('home'), Type.Literal('guest')]);

export const ForfeitBody = Body({
  side: Side,
  reason: FreeText(500),
});

export const AppliedChange = Type.Object({
  player_id: Uuid,
  player_name: Type.String(),
  points: Type.Number({ description: 'Points the match still gives the player; voiding takes them back' }),
  rating: Type.Number({ description: 'Rating move the match made; voiding reverses it' }),
});
