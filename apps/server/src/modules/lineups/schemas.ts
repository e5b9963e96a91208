import { SeasonRulesSchema } from '@pingpong/domain';
import { Type } from 'typebox';
import { Body, nullable, Timestamp, Uuid } from '../../lib/schemas.js';

const Side = Type.Union([Type.Literal('home'), Type.Literal('guest')]);

export const SideParams = Type.Object({ id: Uuid, side: Side });

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
  side: Side,
  team_id: Uuid,
  submitted: Type.Boolean(),
  /** Null while hidden from the caller: nobody picks their order after seeing the opponent's. */
  positions: nullable(Type.Record(Type.String(), Uuid)),
  doubles: nullable(Type.Array(Uuid)),
  submitted_at: nullable(Timestamp),
});

export const FixtureLineups = Type.Object({
  fixture_id: Uuid,
  /** The season's own rule (a named format or its slots), so a phone lays out positions as the server will. */
  format: SeasonRulesSchema.properties.format,
  /** Both sides are in: the lineups are public and the matches exist. */
  complete: Type.Boolean(),
  home: Lineup,
  guest: Lineup,
});
