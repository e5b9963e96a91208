import { describe, expect, it } from 'vitest';
import { switchLanguage } from '../../i18n/translate';
import { checkEntry, collectSets, emptyRows, type GameRow } from './game-rows';

// These tests read the English texts; i18n.test.ts holds the two catalogs together.
await switchLanguage('en', { remember: false });

const rows = (...games: [string, string][]): GameRow[] => {
  const filled = emptyRows(5);
  games.forEach(([home, guest], index) => {
    filled[index] = { home, guest };
  });
  return filled;
};

describe('collectSets', () => {
  it('drops trailing empty games and converts the rest', () => {
    expect(collectSets(rows(['11', '9'], ['8', '11'], ['11', '7']))).toEqual({
      home: [11, 8, 11],
      guest: [9, 11, 7],
      problems: [],
    });
  });

  it('names half-filled games and gaps', () => {
    const { problems } = collectSets(rows(['11', ''], ['', ''], ['11', '7']));
    expect(problems.map((problem) => problem.reason)).toEqual([
      'game 1: enter the guest score',
      'game 2 is empty, but a later game has scores',
    ]);
  });
});

describe('checkEntry (the server rule, via @pingpong/domain)', () => {
  it('is empty until something is typed', () => {
    expect(checkEntry(emptyRows(5), {})).toEqual({ state: 'empty' });
  });

  it('accepts a finished best-of-5 and names the winner', () => {
    const check = checkEntry(rows(['11', '9'], ['8', '11'], ['11', '7'], ['12', '10']), {});
    expect(check.state).toBe('valid');
    if (check.state === 'valid') {
      expect(check.home_sets).toEqual([11, 8, 11, 12]);
      expect(check.verdict).toMatchObject({ winner: 'home', home_games: 3, guest_games: 1 });
    }
  });

  it('explains an unfinished game the way the server would', () => {
    const check = checkEntry(rows(['11', '10'], ['11', '5'], ['11', '3']), {});
    expect(check).toEqual({
      state: 'invalid',
      problems: [{ game: 1, reason: 'game 1: 11-10 is not a finished game to 11 (must win by 2)' }],
    });
  });

  it('refuses a match nobody has won yet, and games after the decision', () => {
    const undecided = checkEntry(rows(['11', '9'], ['11', '9']), {});
    expect(undecided.state === 'invalid' && undecided.problems[0]?.reason).toMatch(/nobody won 3 games/);
    const extra = checkEntry(rows(['11', '9'], ['11', '9'], ['11', '9'], ['11', '9']), {});
    expect(extra.state === 'invalid' && extra.problems[0]?.reason).toMatch(
      /played after the match was decided/,
    );
  });

  it("uses the season's rules: relaxed best-of-3 accepts the seed's example", () => {
    const check = checkEntry(rows(['11', '8'], ['9', '6']), { best_of: 3, strict_scores: false });
    expect(check.state).toBe('valid');
  });

  it('refuses values that are not whole numbers', () => {
    const check = checkEntry(rows(['1.5', '11']), {});
    expect(check.state === 'invalid' && check.problems[0]?.reason).toBe(
      'game 1: the home score must be a whole number from 0 to 99',
    );
  });
});
