import { checkSeasonRules, DEFAULT_SEASON_RULES, type SeasonRules } from '@pingpong/domain';
import type { MessageKey } from '../../i18n/translate';
import { customDraft, isCustomDraft, parseCustomDraft } from './custom-format';

export type RuleKey = keyof SeasonRules;

/** The rules editor's order: how a match is won first, then points, then team results, then rating. */
export const RULE_GROUPS: { title: MessageKey; rules: RuleKey[] }[] = [
  { title: 'rules.group.match', rules: ['best_of', 'points_per_game', 'win_by', 'strict_scores'] },
  { title: 'rules.group.points', rules: ['win_points', 'loss_points', 'walkover_awards_points'] },
  {
    title: 'rules.group.fixture',
    rules: ['fixture_win_points', 'fixture_draw_points', 'fixture_loss_points'],
  },
  { title: 'rules.group.rating', rules: ['elo_k', 'elo_scale', 'handicap_per_rank_step'] },
  {
    title: 'rules.group.matchDay',
    rules: ['format', 'stop_when_decided', 'result_confirmation', 'confirmation_hours', 'forfeit_win_points'],
  },
];

/** Rules chosen from a list rather than typed as a number; `default` leaves stop_when_decided to the format. */
export const CHOICE_RULES: Partial<Record<RuleKey, readonly string[]>> = {
  format: ['FREE', 'CORBILLON', 'WORLD_TEAM', 'THREE_NINE', 'THREE_TEN', 'CUSTOM'],
  stop_when_decided: ['default', 'true', 'false'],
  result_confirmation: ['NONE', 'OPPONENT'],
};

export const choiceLabel = (rule: RuleKey, value: string) => `rules.${rule}.option.${value}` as MessageKey;

function choiceDraft(rule: RuleKey, value: unknown): string {
  if (rule === 'stop_when_decided') return value === null || value === undefined ? 'default' : String(value);
  if (rule === 'format' && typeof value === 'object' && value !== null)
    return customDraft(value as { team_size: number; slots: string[] });
  return typeof value === 'string' ? value : 'FREE';
}

function choiceValue(rule: RuleKey, value: string): unknown {
  if (rule === 'stop_when_decided') return value === 'default' ? null : value === 'true';
  if (rule === 'format' && isCustomDraft(value)) return parseCustomDraft(value);
  return value;
}

export const ruleLabel = (rule: RuleKey) => `rules.${rule}.label` as MessageKey;
export const ruleHelp = (rule: RuleKey) => `rules.${rule}.help` as MessageKey;

export type RulesDraft = Record<RuleKey, string | boolean>;

export const draftFromRules = (rules: SeasonRules = DEFAULT_SEASON_RULES): RulesDraft =>
  Object.fromEntries(
    Object.entries(rules).map(([key, value]) => [
      key,
      CHOICE_RULES[key as RuleKey]
        ? choiceDraft(key as RuleKey, value)
        : typeof value === 'boolean'
          ? value
          : String(value),
    ]),
  ) as RulesDraft;

/** The typed rules, and the rules whose value the domain refuses (its check is the server's check). */
export function readRules(draft: RulesDraft): { rules: SeasonRules; invalid: Set<RuleKey> } {
  const rules = Object.fromEntries(
    Object.entries(draft).map(([key, value]) => [
      key,
      CHOICE_RULES[key as RuleKey]
        ? choiceValue(key as RuleKey, String(value))
        : typeof value === 'boolean'
          ? value
          : value.trim() === ''
            ? Number.NaN
            : Number(value),
    ]),
  ) as unknown as SeasonRules;
  const invalid = new Set<RuleKey>();
  for (const problem of checkSeasonRules(rules)) {
    const rule = (Object.keys(DEFAULT_SEASON_RULES) as RuleKey[]).find(
      (key) =>
        // "format: slot 3 …" is the domain's word on a custom format.
        problem.startsWith(`${key} `) || problem.startsWith(`${key}:`),
    );
    if (rule) invalid.add(rule);
  }
  return { rules, invalid };
}
