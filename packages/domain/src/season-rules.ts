export interface SeasonRules {
  win_points: number;
  loss_points: number;
  best_of: number;
  points_per_game: number;
  win_by: number;
  strict_scores: boolean;
  fixture_win_points: number;
  fixture_draw_points: number;
  fixture_loss_points: number;
  elo_k: number;
  elo_scale: number;
  handicap_per_rank_step: number;
  walkover_awards_points: boolean;
}

export const DEFAULT_SEASON_RULES: SeasonRules = Object.freeze({
  win_points: 100,
  loss_points: 50,
  best_of: 5,
  points_per_game: 11,
  win_by: 2,
  strict_scores: true,
  fixture_win_points: 2,
  fixture_draw_points: 1,
  fixture_loss_points: 0,
  elo_k: 32,
  elo_scale: 400,
  handicap_per_rank_step: 0,
  walkover_awards_points: false,
});

const RULE_KEYS = Object.keys(DEFAULT_SEASON_RULES) as (keyof SeasonRules)[];

/**
 * `seasons.rules` is sparse jsonb: a missing or null key means "league default",
 * and keys this version does not know are dropped rather than carried around.
 */
export function resolveSeasonRules(partial: Partial<SeasonRules> | null | undefined): SeasonRules {
  const rules: Record<string, unknown> = { ...DEFAULT_SEASON_RULES };
  for (const key of RULE_KEYS) {
    const value = partial?.[key];
    if (value !== undefined && value !== null) rules[key] = value;
  }
  return rules as unknown as SeasonRules;
}

type NumericRule = Exclude<keyof SeasonRules, 'strict_scores' | 'walkover_awards_points'>;

interface Bounds {
  min: number;
  max: number;
  integer?: boolean;
  cents?: boolean;
  odd?: boolean;
}

// Player points are stored as numeric(10,2), so a rule finer than a cent would be rounded away silently.
const NUMERIC_BOUNDS: Record<NumericRule, Bounds> = {
  win_points: { min: 0, max: 10000, cents: true },
  loss_points: { min: 0, max: 10000, cents: true },
  best_of: { min: 1, max: 9, integer: true, odd: true },
  points_per_game: { min: 1, max: 99, integer: true },
  win_by: { min: 1, max: 10, integer: true },
  fixture_win_points: { min: 0, max: 10, integer: true },
  fixture_draw_points: { min: 0, max: 10, integer: true },
  fixture_loss_points: { min: 0, max: 10, integer: true },
  elo_k: { min: 0, max: 100 },
  elo_scale: { min: 50, max: 2000 },
  handicap_per_rank_step: { min: 0, max: 50 },
};

function hasAtMostCents(value: number): boolean {
  const scaled = value * 100;
  return Math.abs(scaled - Math.round(scaled)) < 1e-6;
}

function checkNumber(key: NumericRule, value: unknown, bounds: Bounds): string | null {
  if (typeof value !== 'number' || !Number.isFinite(value)) return `${key} must be a number`;
  if (bounds.integer && !Number.isInteger(value)) return `${key} must be a whole number`;
  if (bounds.cents && !hasAtMostCents(value)) return `${key} must have at most 2 decimals`;
  if (value < bounds.min || value > bounds.max) {
    return `${key} must be between ${bounds.min} and ${bounds.max} (got ${value})`;
  }
  if (bounds.odd && value % 2 === 0)
    return `${key} must be odd so that a match always has a winner (got ${value})`;
  return null;
}

/** Every problem at once, so an admin can fix a rules form in one go. Empty means valid. */
export function checkSeasonRules(rules: SeasonRules): string[] {
  const problems: string[] = [];
  for (const [key, bounds] of Object.entries(NUMERIC_BOUNDS) as [NumericRule, Bounds][]) {
    const problem = checkNumber(key, rules[key], bounds);
    if (problem) problems.push(problem);
  }
  for (const key of ['strict_scores', 'walkover_awards_points'] as const) {
    if (typeof rules[key] !== 'boolean') problems.push(`${key} must be true or false`);
  }
  if (rules.win_points < rules.loss_points) {
    problems.push('win_points must be at least loss_points');
  }
  if (rules.fixture_win_points < rules.fixture_draw_points) {
    problems.push('fixture_win_points must be at least fixture_draw_points');
  }
  if (rules.fixture_draw_points < rules.fixture_loss_points) {
    problems.push('fixture_draw_points must be at least fixture_loss_points');
  }
  return problems;
}
