import { describe, expect, it } from 'vitest';
import { switchLanguage } from '../../i18n/translate';
import { ApiError } from '../../lib/api-error';
import { explainLineupError } from './lineup-errors';

// These tests read the English texts; i18n.test.ts holds the two catalogs together.
await switchLanguage('en', { remember: false });

const names: Record<string, string> = { mai: 'Hoàng Mai', an: 'Nguyễn Văn An' };
const nameOf = (id: string) => names[id];

describe('explainLineupError', () => {
  it("names the players in the server's INVALID_PLAYERS problems", () => {
    const error = new ApiError(400, 'INVALID_PLAYERS', 'The lineup is not valid', {
      problems: [
        { player_id: 'mai', reason: 'The player is INACTIVE in this season' },
        { player_id: 'an', reason: 'The player does not play for the guest team' },
        { player_id: 'ghost', reason: 'The player is not registered in this season' },
        { player_id: null, reason: 'A DOUBLE match needs exactly 2 home players' },
        { player_id: 'an', reason: 'Banned for the evening' },
      ],
    });
    expect(explainLineupError(error, nameOf)).toEqual({
      message: 'The server refused this line-up:',
      problems: [
        'Hoàng Mai is INACTIVE in this season',
        'Nguyễn Văn An does not play for the guest team',
        'A player who is on neither roster is not registered in this season',
        'A DOUBLE match needs exactly 2 home players',
        'Nguyễn Văn An: Banned for the evening',
      ],
    });
  });

  it('explains a taken match number and a closed round', () => {
    const taken = new ApiError(409, 'MATCH_ORDER_TAKEN', 'x', { match_order: 4 });
    expect(explainLineupError(taken, nameOf).message).toBe(
      'Match 4 is already in this fixture: someone may have just added it. Choose another number.',
    );
    const locked = new ApiError(409, 'ROUND_LOCKED', 'x', { round: 1 });
    expect(explainLineupError(locked, nameOf).message).toMatch(/^Round 1 is locked: /);
    const finalized = new ApiError(409, 'ROUND_FINALIZED', 'x', { round: 1 });
    expect(explainLineupError(finalized, nameOf).message).toMatch(/^Round 1 is finalized: /);
  });

  it("keeps the server's own message for anything else", () => {
    expect(explainLineupError(new ApiError(409, 'FIXTURE_NOT_EDITABLE', 'x'), nameOf)).toEqual({
      problems: [],
    });
    expect(explainLineupError(new Error('offline'), nameOf)).toEqual({ problems: [] });
  });
});
