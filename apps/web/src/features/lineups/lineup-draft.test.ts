import { describe, expect, it } from 'vitest';
import { switchLanguage } from '../../i18n/translate';
import { checkDraft, emptyDraft, freeOrders, type LineupDraft } from './lineup-draft';

// These tests read the English texts; i18n.test.ts holds the two catalogs together.
await switchLanguage('en', { remember: false });

const names: Record<string, string> = { an: 'Nguyễn Văn An', dung: 'Phạm Quốc Dũng', binh: 'Trần Thị Bình' };
const nameOf = (id: string) => names[id];
const none = new Set<number>();

const draft = ({
  players,
  ...changes
}: Partial<Omit<LineupDraft, 'players'>> & { players?: Partial<LineupDraft['players']> }): LineupDraft => {
  const base = emptyDraft([]);
  return { ...base, ...changes, players: { ...base.players, ...players } };
};

describe('freeOrders and emptyDraft', () => {
  it('offers the numbers 1–9 not used yet and starts at the lowest one', () => {
    expect(freeOrders([1, 2, 4])).toEqual([3, 5, 6, 7, 8, 9]);
    expect(emptyDraft([1, 2, 4]).match_order).toBe(3);
    expect(emptyDraft([2], 'DOUBLE')).toMatchObject({ match_order: 1, match_type: 'DOUBLE' });
    expect(emptyDraft([1, 2, 3, 4, 5, 6, 7, 8, 9]).match_order).toBeNull();
  });
});

describe('checkDraft', () => {
  it('builds the singles body with player ids and no partners', () => {
    const check = checkDraft(
      draft({ match_order: 3, players: { home1: 'dung', guest1: 'binh', home2: 'an' } }),
      'f1',
      new Set([1, 2]),
      nameOf,
    );
    expect(check).toEqual({
      ok: true,
      body: {
        fixture_id: 'f1',
        match_order: 3,
        match_type: 'SINGLE',
        home_player1_id: 'dung',
        guest_player1_id: 'binh',
      },
    });
  });

  it('sends both partners for doubles', () => {
    const check = checkDraft(
      draft({ match_type: 'DOUBLE', players: { home1: 'an', home2: 'dung', guest1: 'binh', guest2: 'mai' } }),
      'f1',
      none,
      nameOf,
    );
    expect(check.ok && check.body).toMatchObject({ home_player2_id: 'dung', guest_player2_id: 'mai' });
  });

  it('asks for every missing player, and for the partner in doubles', () => {
    const check = checkDraft(draft({ match_type: 'DOUBLE', players: { home1: 'an' } }), 'f1', none, nameOf);
    expect(check.ok ? [] : check.problems).toEqual([
      { field: 'home2', kind: 'missing', message: 'Doubles need a partner: choose the home partner.' },
      { field: 'guest1', kind: 'missing', message: 'Choose the guest player.' },
      { field: 'guest2', kind: 'missing', message: 'Doubles need a partner: choose the guest partner.' },
    ]);
  });

  it('refuses the same player twice, by name', () => {
    const check = checkDraft(
      draft({ match_type: 'DOUBLE', players: { home1: 'an', home2: 'an', guest1: 'binh', guest2: 'x' } }),
      'f1',
      none,
      nameOf,
    );
    expect(check.ok ? [] : check.problems).toEqual([
      {
        field: 'home2',
        kind: 'duplicate',
        message: 'Nguyễn Văn An is picked twice: a player plays once a match.',
      },
    ]);
  });

  it('refuses a number already used and a fixture with no number left', () => {
    const taken = checkDraft(
      draft({ match_order: 2, players: { home1: 'a', guest1: 'b' } }),
      'f1',
      new Set([2]),
      nameOf,
    );
    expect(taken.ok ? [] : taken.problems).toEqual([
      {
        field: 'match_order',
        kind: 'taken',
        message: 'Match 2 is already in this fixture: choose another number.',
      },
    ]);
    const full = checkDraft(
      draft({ match_order: null, players: { home1: 'a', guest1: 'b' } }),
      'f1',
      none,
      nameOf,
    );
    expect(full.ok ? [] : full.problems.map((problem) => problem.field)).toEqual(['match_order']);
  });
});
