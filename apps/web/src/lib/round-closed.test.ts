import { describe, expect, it } from 'vitest';
import { switchLanguage } from '../i18n/translate';
import { ApiError } from './api-error';
import { roundClosedMessage } from './round-closed';

// These tests read the English texts; i18n.test.ts holds the two catalogs together.
await switchLanguage('en', { remember: false });

describe('roundClosedMessage', () => {
  it('names the round and what can still be done', () => {
    expect(roundClosedMessage(new ApiError(409, 'ROUND_LOCKED', 'Round 3 is locked', { round: 3 }))).toBe(
      'Round 3 is locked: its matches and results cannot change until an admin unlocks it.',
    );
    expect(roundClosedMessage(new ApiError(409, 'ROUND_FINALIZED', 'x', { round: 2 }))).toMatch(
      /^Round 2 is finalized: /,
    );
    expect(roundClosedMessage(new ApiError(409, 'ROUND_LOCKED', 'x'))).toMatch(/^This round is locked/);
  });

  it('leaves every other error to its own message', () => {
    expect(roundClosedMessage(new ApiError(409, 'MATCH_ORDER_TAKEN', 'x'))).toBeNull();
    expect(roundClosedMessage(new Error('x'))).toBeNull();
  });
});
