import { describe, expect, it } from 'vitest';
import {
  checkSeasonRules,
  DEFAULT_SEASON_RULES,
  resolveSeasonRules,
  type SeasonRules,
} from './season-rules.js';

describe('DEFAULT_SEASON_RULES', () => {
  it('matches the defaults of the specification', () => {
    expect(DEFAULT_SEASON_RULES).toEqual({
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
      format: 'FREE',
      stop_when_decided: null,
      result_confirmation: 'NONE',
      confirmation_hours: 48,
      forfeit_win_points: 0,
    });
  });

  it('cannot be changed by accident', () => {
    expect(Object.isFrozen(DEFAULT_SEASON_RULES)).toBe(true);
  });

  it('is valid', () => {
    expect(checkSeasonRules(DEFAULT_SEASON_RULES)).toEqual([]);
  });
});

describe('resolveSeasonRules', () => {
  it.each([null, undefined, {}])('returns the defaults for %s', (partial) => {
    expect(resolveSeasonRules(partial)).toEqual(DEFAULT_SEASON_RULES);
  });

  it('returns a fresh object, never the shared defaults', () => {
    const rules = resolveSeasonRules(null);
    expect(rules).not.toBe(DEFAULT_SEASON_RULES);
    rules.win_points = 1;
    expect(DEFAULT_SEASON_RULES.win_points).toBe(100);
  });

  it.each<[Partial<SeasonRules>, Partial<SeasonRules>]>([
    [{ best_of: 3 }, { best_of: 3, points_per_game: 11 }],
    [{ strict_scores: false }, { strict_scores: false, best_of: 5 }],
    [
      { win_points: 0, loss_points: 0 },
      { win_points: 0, loss_points: 0 },
    ],
    [{ walkover_awards_points: true }, { walkover_awards_points: true }],
    [
      { elo_k: 16, elo_scale: 150 },
      { elo_k: 16, elo_scale: 150, best_of: 5 },
    ],
    [
      { points_per_game: 21, win_by: 2 },
      { points_per_game: 21, win_by: 2 },
    ],
  ])('keeps given values %j', (partial, expected) => {
    expect(resolveSeasonRules(partial)).toMatchObject(expected);
  });

  it('keeps falsy values such as 0 and false', () => {
    const rules = resolveSeasonRules({
      fixture_win_points: 0,
      strict_scores: false,
      handicap_per_rank_step: 0,
    });
    expect(rules.fixture_win_points).toBe(0);
    expect(rules.strict_scores).toBe(false);
  });

  it('treats null and undefined values as missing', () => {
    const partial = { best_of: null, elo_k: undefined } as unknown as Partial<SeasonRules>;
    expect(resolveSeasonRules(partial)).toEqual(DEFAULT_SEASON_RULES);
  });

  it('drops keys it does not know', () => {
    const partial = { best_of: 7, colour: 'blue' } as unknown as Partial<SeasonRules>;
    const rules = resolveSeasonRules(partial);
    expect(rules).not.toHaveProperty('colour');
    expect(rules.best_of).toBe(7);
  });
});

describe('checkSeasonRules', () => {
  const valid = (overrides: Partial<SeasonRules>) => ({ ...DEFAULT_SEASON_RULES, ...overrides });

  it.each<Partial<SeasonRules>>([
    { best_of: 1 },
    { best_of: 3 },
    { best_of: 7 },
    { best_of: 9 },
    { points_per_game: 1, win_by: 1 },
    { points_per_game: 21 },
    { points_per_game: 99 },
    { win_by: 1 },
    { win_by: 10 },
    { win_points: 0, loss_points: 0 },
    { win_points: 10000, loss_points: 10000 },
    { win_points: 2.5, loss_points: 1.25 },
    { win_points: 100.01 },
    { elo_k: 0 },
    { elo_k: 100 },
    { elo_k: 12.5 },
    { elo_scale: 50 },
    { elo_scale: 150 },
    { elo_scale: 2000 },
    { handicap_per_rank_step: 50 },
    { fixture_win_points: 10, fixture_draw_points: 10, fixture_loss_points: 10 },
    { fixture_win_points: 3, fixture_draw_points: 1, fixture_loss_points: 0 },
    { fixture_win_points: 1, fixture_draw_points: 0, fixture_loss_points: 0 },
    { strict_scores: false, walkover_awards_points: true },
  ])('accepts %j', (overrides) => {
    expect(checkSeasonRules(valid(overrides))).toEqual([]);
  });

  it.each<[Partial<SeasonRules>, string]>([
    [{ best_of: 0 }, 'best_of must be between 1 and 9 (got 0)'],
    [{ best_of: 11 }, 'best_of must be between 1 and 9 (got 11)'],
    [{ best_of: 4 }, 'best_of must be odd so that a match always has a winner (got 4)'],
    [{ best_of: 2.5 }, 'best_of must be a whole number'],
    [{ best_of: Number.NaN }, 'best_of must be a number'],
    [{ points_per_game: 0 }, 'points_per_game must be between 1 and 99 (got 0)'],
    [{ points_per_game: 100 }, 'points_per_game must be between 1 and 99 (got 100)'],
    [{ points_per_game: 10.5 }, 'points_per_game must be a whole number'],
    [{ win_by: 0 }, 'win_by must be between 1 and 10 (got 0)'],
    [{ win_by: 11 }, 'win_by must be between 1 and 10 (got 11)'],
    [{ win_points: 10001, loss_points: 0 }, 'win_points must be between 0 and 10000 (got 10001)'],
    [{ loss_points: -1 }, 'loss_points must be between 0 and 10000 (got -1)'],
    [{ win_points: 100.005 }, 'win_points must have at most 2 decimals'],
    [{ win_points: Number.POSITIVE_INFINITY }, 'win_points must be a number'],
    [{ win_points: 40, loss_points: 50 }, 'win_points must be at least loss_points'],
    [{ elo_k: -1 }, 'elo_k must be between 0 and 100 (got -1)'],
    [{ elo_k: 100.5 }, 'elo_k must be between 0 and 100 (got 100.5)'],
    [{ elo_scale: 49 }, 'elo_scale must be between 50 and 2000 (got 49)'],
    [{ elo_scale: 2001 }, 'elo_scale must be between 50 and 2000 (got 2001)'],
    // Handicaps are whole points on the scoreboard; the API always refused fractions, now the rule says so too.
    [{ handicap_per_rank_step: 0.5 }, 'handicap_per_rank_step must be a whole number'],
    [{ handicap_per_rank_step: -1 }, 'handicap_per_rank_step must be between 0 and 50 (got -1)'],
    [{ confirmation_hours: 0 }, 'confirmation_hours must be more than 0 (got 0)'],
    [{ forfeit_win_points: 0.001 }, 'forfeit_win_points must have at most 2 decimals'],
    [
      { format: { team_size: 2, slots: ['A-Z'] } },
      'format: slot 1 "A-Z" must be "D" or a home position (A, B) against a guest position (X, Y), like "A-X"',
    ],
    [{ handicap_per_rank_step: 51 }, 'handicap_per_rank_step must be between 0 and 50 (got 51)'],
    [{ fixture_win_points: 11 }, 'fixture_win_points must be between 0 and 10 (got 11)'],
    [{ fixture_loss_points: -1 }, 'fixture_loss_points must be between 0 and 10 (got -1)'],
    [{ fixture_draw_points: 1.5 }, 'fixture_draw_points must be a whole number'],
    [
      { fixture_win_points: 1, fixture_draw_points: 2, fixture_loss_points: 0 },
      'fixture_win_points must be at least fixture_draw_points',
    ],
    [
      { fixture_win_points: 2, fixture_draw_points: 0, fixture_loss_points: 1 },
      'fixture_draw_points must be at least fixture_loss_points',
    ],
  ])('rejects %j', (overrides, problem) => {
    expect(checkSeasonRules(valid(overrides))).toEqual([problem]);
  });

  it('rejects values of the wrong type coming from jsonb', () => {
    const rules = valid({
      best_of: '5' as unknown as number,
      strict_scores: 'yes' as unknown as boolean,
      walkover_awards_points: 1 as unknown as boolean,
    });
    expect(checkSeasonRules(rules)).toEqual([
      'best_of must be a number',
      'strict_scores must be true or false',
      'walkover_awards_points must be true or false',
    ]);
  });

  it('reports every problem, not just the first', () => {
    const problems = checkSeasonRules(
      valid({ best_of: 6, win_by: 0, elo_scale: 10, fixture_draw_points: 5 }),
    );
    expect(problems).toEqual([
      'best_of must be odd so that a match always has a winner (got 6)',
      'win_by must be between 1 and 10 (got 0)',
      'elo_scale must be between 50 and 2000 (got 10)',
      'fixture_win_points must be at least fixture_draw_points',
    ]);
  });
});
