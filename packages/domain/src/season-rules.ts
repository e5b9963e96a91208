import { type Static, type TSchema, Type } from 'typebox';
import { checkFormat, MAX_TEAM_SIZE, NAMED_FORMATS } from './formats.js';

/**
 * The one definition of a season's rules (SPEC §3, §6): each key's schema (type and bounds) next to its
 * default. The stored type, the defaults, the API's input and output schemas and the bounds checked
 * below all derive from this table.
 */
const rule = <S extends TSchema>(
  schema: S,
  fallback: Static<S>,
  extra: { cents?: boolean; odd?: boolean } = {},
) => ({
  schema,
  fallback,
  ...extra,
});

const FormatSchema = Type.Union([
  Type.Literal('FREE'),
  Type.Literal('CORBILLON'),
  Type.Literal('WORLD_TEAM'),
  Type.Literal('THREE_NINE'),
  Type.Literal('THREE_TEN'),
  Type.Object(
    {
      team_size: Type.Integer({ minimum: 1, maximum: MAX_TEAM_SIZE }),
      slots: Type.Array(Type.String({ pattern: '^(D|[A-G]-[U-Z])$' }), { minItems: 1, maxItems: 99 }),
    },
    { additionalProperties: false },
  ),
]);

const RULES = {
  win_points: rule(Type.Number({ minimum: 0, maximum: 10_000 }), 100, { cents: true }),
  loss_points: rule(Type.Number({ minimum: 0, maximum: 10_000 }), 50, { cents: true }),
  best_of: rule(Type.Integer({ minimum: 1, maximum: 9 }), 5, { odd: true }),
  points_per_game: rule(Type.Integer({ minimum: 1, maximum: 99 }), 11),
  win_by: rule(Type.Integer({ minimum: 1, maximum: 10 }), 2),
  strict_scores: rule(Type.Boolean(), true),
  fixture_win_points: rule(Type.Integer({ minimum: 0, maximum: 10 }), 2),
  fixture_draw_points: rule(Type.Integer({ minimum: 0, maximum: 10 }), 1),
  fixture_loss_points: rule(Type.Integer({ minimum: 0, maximum: 10 }), 0),
  elo_k: rule(Type.Number({ minimum: 0, maximum: 100 }), 32),
  elo_scale: rule(Type.Number({ minimum: 50, maximum: 2000 }), 400),
  handicap_per_rank_step: rule(Type.Integer({ minimum: 0, maximum: 50 }), 0),
  walkover_awards_points: rule(Type.Boolean(), false),
  format: rule(FormatSchema, 'FREE' as Static<typeof FormatSchema>),
  /**
   * null: the format's own default (true for CORBILLON and WORLD_TEAM). `nullable` rather than a union
   * with null: the server's validator coerces types and, trying the boolean branch first, turned null
   * into false; with one nullable type, null is taken as it is.
   */
  stop_when_decided: rule(Type.Unsafe<boolean | null>(Type.Boolean({ nullable: true })), null),
  result_confirmation: rule(
    Type.Union([Type.Literal('NONE'), Type.Literal('OPPONENT')]),
    'NONE' as 'NONE' | 'OPPONENT',
  ),
  confirmation_hours: rule(Type.Number({ exclusiveMinimum: 0, maximum: 720 }), 48),
  forfeit_win_points: rule(Type.Number({ minimum: 0, maximum: 10_000 }), 0, { cents: true }),
};

type RuleKey = keyof typeof RULES;
type Schemas = { [K in RuleKey]: (typeof RULES)[K]['schema'] };
const KEYS = Object.keys(RULES) as RuleKey[];
const schemas = Object.fromEntries(KEYS.map((key) => [key, RULES[key].schema])) as Schemas;

/** A season's complete rules, as stored and returned. */
export const SeasonRulesSchema = Type.Object(schemas);
/** What a client sends: every key optional, unknown keys refused. */
export const SeasonRulesInputSchema = Type.Object(
  Object.fromEntries(KEYS.map((key) => [key, Type.Optional(schemas[key])])) as {
    [K in RuleKey]: ReturnType<typeof Type.Optional<Schemas[K]>>;
  },
  { additionalProperties: false },
);
export type SeasonRules = Static<typeof SeasonRulesSchema>;

export const DEFAULT_SEASON_RULES: SeasonRules = Object.freeze(
  Object.fromEntries(KEYS.map((key) => [key, RULES[key].fallback])) as SeasonRules,
);

/**
 * `seasons.rules` is sparse jsonb: a missing or null key means "league default",
 * and keys this version does not know are dropped rather than carried around.
 */
export function resolveSeasonRules(partial: Partial<SeasonRules> | null | undefined): SeasonRules {
  const rules: Record<string, unknown> = { ...DEFAULT_SEASON_RULES };
  for (const key of KEYS) {
    const value = partial?.[key];
    if (value !== undefined && value !== null) rules[key] = value;
  }
  return rules as SeasonRules;
}

function hasAtMostCents(value: number): boolean {
  const scaled = value * 100;
  return Math.abs(scaled - Math.round(scaled)) < 1e-6;
}

type NumberSchema = {
  type?: string;
  nullable?: boolean;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
};

function checkNumber(key: string, value: unknown, def: (typeof RULES)[RuleKey]): string | null {
  const bounds = def.schema as NumberSchema;
  if (typeof value !== 'number' || !Number.isFinite(value)) return `${key} must be a number`;
  if (bounds.type === 'integer' && !Number.isInteger(value)) return `${key} must be a whole number`;
  if ('cents' in def && def.cents && !hasAtMostCents(value)) return `${key} must have at most 2 decimals`;
  if (bounds.exclusiveMinimum !== undefined && value <= bounds.exclusiveMinimum)
    return `${key} must be more than ${bounds.exclusiveMinimum} (got ${value})`;
  const min = bounds.minimum ?? bounds.exclusiveMinimum ?? -Infinity;
  const max = bounds.maximum ?? Infinity;
  if (value < min || value > max) return `${key} must be between ${min} and ${max} (got ${value})`;
  if ('odd' in def && def.odd && value % 2 === 0)
    return `${key} must be odd so that a match always has a winner (got ${value})`;
  return null;
}

/** Every problem at once, so an admin can fix a rules form in one go. Empty means valid. */
export function checkSeasonRules(rules: SeasonRules): string[] {
  const problems: string[] = [];
  for (const key of KEYS) {
    const def = RULES[key];
    const { type, nullable } = def.schema as NumberSchema;
    if (type === 'number' || type === 'integer') {
      const problem = checkNumber(key, rules[key], def);
      if (problem) problems.push(problem);
    } else if (type === 'boolean' && typeof rules[key] !== 'boolean' && !(nullable && rules[key] === null)) {
      problems.push(`${key} must be true or false${nullable ? ' (or null: as the format does)' : ''}`);
    }
  }
  if (rules.win_points < rules.loss_points) problems.push('win_points must be at least loss_points');
  if (rules.fixture_win_points < rules.fixture_draw_points) {
    problems.push('fixture_win_points must be at least fixture_draw_points');
  }
  if (rules.fixture_draw_points < rules.fixture_loss_points) {
    problems.push('fixture_draw_points must be at least fixture_loss_points');
  }
  const format = rules.format;
  if (typeof format === 'object' && format !== null) {
    problems.push(...checkFormat(format).map((problem) => `format: ${problem}`));
  } else if (format !== 'FREE' && !(format in NAMED_FORMATS)) {
    problems.push(`format must be FREE, ${Object.keys(NAMED_FORMATS).join(', ')} or {team_size, slots}`);
  }
  return problems;
}
