import {
  judgeSetScores,
  resolveSeasonRules,
  type SeasonRules,
  type SetScoreProblem,
  type SetScoreVerdict,
} from '@pingpong/domain';
import { getLanguage } from '../../i18n/language';
import { type MessageKey, t } from '../../i18n/translate';

export interface GameRow {
  home: string;
  guest: string;
}

export interface EntryProblem {
  game: number | null;
  reason: string;
}

export type EntryCheck =
  | { state: 'empty' }
  | { state: 'invalid'; problems: EntryProblem[] }
  | {
      state: 'valid';
      home_sets: number[];
      guest_sets: number[];
      verdict: Extract<SetScoreVerdict, { ok: true }>;
    };

const WHOLE = /^\d{1,2}$/;

export const emptyRows = (count: number): GameRow[] =>
  Array.from({ length: count }, () => ({ home: '', guest: '' }));

/**
 * Turns the typed boxes into the two arrays the API takes. Only form problems are found here (a half-filled
 * row, a gap, something that is not a number); whether the scores make a match is the domain's call.
 */
export function collectSets(rows: readonly GameRow[]): {
  home: number[];
  guest: number[];
  problems: EntryProblem[];
} {
  const trimmed = rows.map((row) => ({ home: row.home.trim(), guest: row.guest.trim() }));
  let last = trimmed.length - 1;
  while (last >= 0 && trimmed[last]?.home === '' && trimmed[last]?.guest === '') last--;

  const home: number[] = [];
  const guest: number[] = [];
  const problems: EntryProblem[] = [];
  for (let index = 0; index <= last; index++) {
    const game = index + 1;
    const row = trimmed[index] ?? { home: '', guest: '' };
    if (row.home === '' && row.guest === '') {
      problems.push({ game, reason: t('problem.gap', { game }) });
      continue;
    }
    for (const side of ['home', 'guest'] as const) {
      if (row[side] === '')
        problems.push({
          game,
          reason: t(side === 'home' ? 'problem.enterHome' : 'problem.enterGuest', { game }),
        });
      else if (!WHOLE.test(row[side])) {
        problems.push({
          game,
          reason: t(side === 'home' ? 'problem.wholeHome' : 'problem.wholeGuest', { game }),
        });
      }
    }
    home.push(Number(row.home));
    guest.push(Number(row.guest));
  }
  return { home, guest, problems };
}

/**
 * The domain explains a refusal in English; other languages say it from the problem's code with the
 * figures of the typed scores.
 */
function problemText(
  problem: SetScoreProblem,
  home: readonly number[],
  guest: readonly number[],
  rules: SeasonRules,
): string {
  if (getLanguage() === 'en') return problem.reason;
  const index = (problem.game ?? 1) - 1;
  return t(`problem.${problem.code}` as MessageKey, {
    game: problem.game ?? '',
    score: `${home[index] ?? ''}-${guest[index] ?? ''}`,
    points: rules.points_per_game,
    winBy: rules.win_by,
    bestOf: rules.best_of,
    needed: Math.ceil(rules.best_of / 2),
  });
}

/** The same judgement the server makes (SPEC §3), so a bad score is explained before it is sent. */
export function checkEntry(
  rows: readonly GameRow[],
  seasonRules: Partial<SeasonRules> | null | undefined,
): EntryCheck {
  const { home, guest, problems } = collectSets(rows);
  if (home.length === 0 && problems.length === 0) return { state: 'empty' };
  if (problems.length > 0) return { state: 'invalid', problems };
  const rules = resolveSeasonRules(seasonRules);
  const verdict = judgeSetScores(home, guest, rules);
  if (!verdict.ok) {
    return {
      state: 'invalid',
      problems: verdict.problems.map((problem) => ({
        game: problem.game,
        reason: problemText(problem, home, guest, rules),
      })),
    };
  }
  return { state: 'valid', home_sets: home, guest_sets: guest, verdict };
}
