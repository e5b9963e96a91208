import { Type } from 'typebox';
import { Body, FreeText, Paging, Timestamp, Uuid } from '../../lib/schemas.js';

export const PointLog = Type.Object({
  id: Uuid,
  player_season_id: Uuid,
  delta_points: Type.Number(),
  balance_after: Type.Number(),
  reason: Type.String(),
  source: Type.String(),
  ref_id: Type.Union([Uuid, Type.Null()]),
  actor_id: Type.Union([Uuid, Type.Null()]),
  created_at: Timestamp,
});

export const PointLogParams = Type.Object({ playerSeasonId: Uuid });
export const PointLogQuery = Type.Object({ ...Paging });

/** Range and zero checks live in the service so they answer INVALID_POINT_ADJUSTMENT, as SPEC §3 asks. */
export const AdjustBody = Body({
  player_season_id: Uuid,
  delta_points: Type.Number({ minimum: -1_000_000, maximum: 1_000_000 }),
  reason: FreeText(500),
  source: Type.Optional(
    Type.Union([Type.Literal('ADMIN_ADJUST'), Type.Literal('PENALTY'), Type.Literal('BONUS')]),
  ),
});

export const Adjusted = Type.Object({ log: PointLog, balance: Type.Number() });
