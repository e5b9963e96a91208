import { Type } from 'typebox';

const Postmaster = Type.Object({
  up: Type.Boolean(),
  restarts: Type.Integer({ minimum: 0 }),
  down_since: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
});

export const Readiness = Type.Object({
  status: Type.Union([Type.Literal('ok'), Type.Literal('degraded')]),
  database: Type.Union([Type.Literal('ok'), Type.Literal('unavailable')]),
  version: Type.String(),
  error_code: Type.Optional(Type.Literal('DATABASE_UNAVAILABLE')),
  postmaster: Type.Optional(Postmaster),
});

export const Liveness = Type.Object({
  status: Type.Union([Type.Literal('ok'), Type.Literal('failing')]),
  error_code: Type.Optional(Type.Literal('EMBEDDED_DATABASE_DOWN')),
});
