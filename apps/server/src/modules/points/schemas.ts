import { Type } from 'typebox';
import { Paging, Timestamp, Uuid } from '../../lib/schemas.js';

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
