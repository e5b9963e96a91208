import { Type } from 'typebox';
import { Body, FreeText, nullable } from '../../lib/schemas.js';

export const Rank = Type.Object({
  id: Type.String(),
  sort_order: Type.Integer(),
  min_score: nullable(Type.Integer()),
  max_score: nullable(Type.Integer()),
  standard_score: Type.Integer(),
  description: nullable(Type.String()),
  promotion_buffer: Type.Integer(),
  relegation_buffer: Type.Integer(),
});

const Score = Type.Integer({ minimum: 0, maximum: 10_000 });
export const UpdateRankBody = Body({
  min_score: Type.Optional(nullable(Score)),
  max_score: Type.Optional(nullable(Score)),
  standard_score: Type.Optional(Score),
  description: Type.Optional(nullable(FreeText(200))),
  promotion_buffer: Type.Optional(Type.Integer({ minimum: 0, maximum: 1000 })),
  relegation_buffer: Type.Optional(Type.Integer({ minimum: 0, maximum: 1000 })),
});

export const RankParams = Type.Object({ id: Type.String({ pattern: '^[A-Z][0-9]$' }) });
