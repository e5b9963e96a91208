import { SeasonRulesInputSchema, SeasonRulesSchema } from '@pingpong/domain';
import { Type } from 'typebox';
import { Body, DateOnly, FreeText, Name, nullable, Paging, Timestamp, Uuid } from '../../lib/schemas.js';

/** Both derive from the one definition in packages/domain: every key optional on input, all present on output. */
export const SeasonRulesInput = SeasonRulesInputSchema;
export const SeasonRules = SeasonRulesSchema;

export const Season = Type.Object({
  id: Uuid,
  name: Type.String(),
  year: Type.Integer(),
  start_date: nullable(Type.String()),
  end_date: nullable(Type.String()),
  status: Type.String(),
  rules: SeasonRules,
  timezone: nullable(
    Type.String({ description: "IANA zone of the season's local dates and times; null: LEAGUE_TIMEZONE" }),
  ),
  finished_at: nullable(Timestamp),
  finish_reason: nullable(Type.String()),
  created_at: Timestamp,
  updated_at: Timestamp,
});

export const CreateSeasonBody = Body({
  name: Name(120),
  year: Type.Integer({ minimum: 2000, maximum: 2100 }),
  start_date: Type.Optional(nullable(DateOnly)),
  end_date: Type.Optional(nullable(DateOnly)),
  rules: Type.Optional(SeasonRulesInput),
  timezone: Type.Optional(
    nullable(Type.String({ minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9_+/-]+$' })),
  ),
});

export const UpdateSeasonBody = Body({
  name: Type.Optional(Name(120)),
  year: Type.Optional(Type.Integer({ minimum: 2000, maximum: 2100 })),
  start_date: Type.Optional(nullable(DateOnly)),
  end_date: Type.Optional(nullable(DateOnly)),
  rules: Type.Optional(SeasonRulesInput),
  timezone: Type.Optional(
    nullable(Type.String({ minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9_+/-]+$' })),
  ),
});

export const FinishSeasonBody = Type.Optional(
  Body({ force: Type.Optional(Type.Boolean()), reason: Type.Optional(FreeText(500)) }),
);

export const SeasonListQuery = Type.Object({
  status: Type.Optional(
    Type.Union([Type.Literal('UPCOMING'), Type.Literal('ACTIVE'), Type.Literal('FINISHED')]),
  ),
  year: Type.Optional(Type.Integer({ minimum: 2000, maximum: 2100 })),
  ...Paging,
});

export const SeasonTeam = Type.Object({
  id: Uuid,
  season_id: Uuid,
  team_id: Uuid,
  team_name: Type.String(),
  short_name: nullable(Type.String()),
  logo_url: nullable(Type.String()),
  division_id: nullable(Uuid),
  withdrawn_at: nullable(Timestamp),
  player_count: Type.Integer(),
  created_at: Timestamp,
});

export const EnterTeamBody = Body({
  team_id: Uuid,
  division_id: Type.Optional(Uuid),
});
