import { judgeSetScores, resolveSeasonRules, type SeasonRules, type SetScoreVerdict } from '@pingpong/domain';

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
      problems.push({ game, reason: `game ${game} is empty, but a later game has scores` });
      continue;
    }
    for (const side of ['home', 'guest'] as const) {
      if (row[side] === '') problems.push({ game, reason: `game ${game}: enter the ${side} score` });
      else if (!WHOLE.test(row[side])) {
        problems.push({
          game,
          reason: `game ${game}: the ${side} score must be a whole number from 0 to 99`,
        });
      }
    }
    home.push(Number(row.home));
    guest.push(Number(row.guest));
  }
  return { home, guest, problems };
}

/** The same judgement the server makes (SPEC §3), so a bad score is explained before it is sent. */
export function checkEntry(
  rows: readonly GameRow[],
  seasonRules: Partial<SeasonRules> | null | undefined,
): EntryCheck {
  const { home, guest, problems } = collectSets(rows);
  if (home.length === 0 && problems.length === 0) return { state: 'empty' };
  if (problems.length > 0) return { state: 'invalid', problems };
  const verdict = judgeSetScores(home, guest, resolveSeasonRules(seasonRules));
  if (!verdict.ok) {
    return { state: 'invalid', problems: verdict.problems.map(({ game, reason }) => ({ game, reason })) };
  }
  return { state: 'valid', home_sets: home, guest_sets: guest, verdict };
}
