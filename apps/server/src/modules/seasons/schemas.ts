import { Type } from 'typebox';
import { Body, DateOnly, FreeText, Name, nullable, Paging, Timestamp, Uuid } from '../../lib/schemas.js';

const int = (minimum: number, maximum: number) => Type.Optional(Type.Integer({ minimum, maximum }));
const num = (minimum: number, maximum: number) => Type.Optional(Type.Number({ minimum, maximum }));

/** Every key optional; missing keys take SPEC §3's defaults and the whole set is stored on the season. */
export const SeasonRulesInput = Type.Object(
  {
    win_points: num(0, 10_000),
    loss_points: num(0, 10_000),
    best_of: int(1, 9),
    points_per_game: int(1, 99),
    win_by: int(1, 10),
    strict_scores: Type.Optional(Type.Boolean()),
    fixture_win_points: int(0, 10),
    fixture_draw_points: int(0, 10),
    fixture_loss_points: int(0, 10),
    elo_k: num(0, 100),
    elo_scale: num(50, 2000),
    handicap_per_rank_step: int(0, 50),
    walkover_awards_points: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);

export const SeasonRules = Type.Object({
  win_points: Type.Number(),
  loss_points: Type.Number(),
  best_of: Type.Integer(),
  points_per_game: Type.Integer(),
  win_by: Type.Integer(),
  strict_scores: Type.Boolean(),
  fixture_win_points: Type.Integer(),
  fixture_draw_points: Type.Integer(),
  fixture_loss_points: Type.Integer(),
  elo_k: Type.Number(),
  elo_scale: Type.Number(),
  handicap_per_rank_step: Type.Integer(),
  walkover_awards_points: Type.Boolean(),
});

export const Season = Type.Object({
  id: Uuid,
  name: Type.String(),
  year: Type.Integer(),
  start_date: nullable(Type.String()),
  end_date: nullable(Type.String()),
  status: Type.String(),
  rules: SeasonRules,
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
});

export const UpdateSeasonBody = Body({
  name: Type.Optional(Name(120)),
  year: Type.Optional(Type.Integer({ minimum: 2000, maximum: 2100 })),
  start_date: Type.Optional(nullable(DateOnly)),
  end_date: Type.Optional(nullable(DateOnly)),
  rules: Type.Optional(SeasonRulesInput),
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
  player_count: Type.Integer(),
  created_at: Timestamp,
});

export const EnterTeamBody = Body({ team_id: Uuid });
