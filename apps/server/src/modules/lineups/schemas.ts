import { Type } from 'typebox';
import { Body, nullable, Timestamp, Uuid } from '../../lib/schemas.js';

export const SideParams = Type.Object({
  id: Uuid,
  side: Type.Union([Type.Literal('home'), Type.Literal('guest')]),
});

export const SubmitLineupBody = Body({
  positions: Type.Record(Type.String({ pattern: '^[A-Z]$' }), Uuid, {
    maxProperties: 6,
    description: 'Position → player id: home A, B, C…, guest X, Y, Z…; a position may stay empty',
  }),
  doubles: Type.Optional(
    nullable(Type.Array(Uuid, { minItems: 2, maxItems: 2, description: 'The doubles pair; may come later' })),
  ),
});

export const Lineup = Type.Object({
  side: Type.String(),
  team_id: Uuid,
  submitted: Type.Boolean(),
  /** Null while hidden from the caller: nobody picks their order after seeing the opponent's. */
  positions: nullable(Type.Record(Type.String(), Uuid)),
  doubles: nullable(Type.Array(Uuid)),
  submitted_at: nullable(Timestamp),
});

export const FixtureLineups = Type.Object({
  fixture_id: Uuid,
  format: Type.Unknown({ description: "The season's format rule" }),
  /** Both sides are in: the lineups are public and the matches exist. */
  complete: Type.Boolean(),
  home: Lineup,
  guest: Lineup,
});
