import { describe, expect, it } from 'vitest';
import { switchLanguage } from '../../i18n/translate';
import { ApiError } from '../../lib/api-error';
import { explainVoidError } from './void-errors';

// These tests read the English texts; i18n.test.ts holds the two catalogs together.
await switchLanguage('en', { remember: false });

describe('explainVoidError', () => {
  it('says why points cannot go below zero, with the figures', () => {
    const error = new ApiError(400, 'NEGATIVE_POINTS_RESULT', 'x', { balance: 40, delta_points: -100 });
    expect(explainVoidError(error)).toBe(
      "Voiding would take a player's points below zero (a player has 40 and the correction is -100). " +
        'Their points changed after this match: adjust them first, then void.',
    );
    expect(explainVoidError(new ApiError(400, 'NEGATIVE_POINTS_RESULT', 'x'))).toMatch(/below zero\. /);
  });

  it('explains a locked or finalized round and a result already voided', () => {
    expect(explainVoidError(new ApiError(409, 'ROUND_LOCKED', 'x', { round: 1 }))).toMatch(
      /^Round 1 is locked/,
    );
    expect(explainVoidError(new ApiError(409, 'ROUND_FINALIZED', 'x', { round: 1 }))).toMatch(
      /^Round 1 is finalized/,
    );
    expect(explainVoidError(new ApiError(409, 'MATCH_NOT_RECORDED', 'x'))).toMatch(/already voided/);
  });

  it("keeps the server's message for anything else", () => {
    expect(explainVoidError(new ApiError(403, 'FORBIDDEN', 'x'))).toBeUndefined();
    expect(explainVoidError(new Error('x'))).toBeUndefined();
  });
});
