import { describe, expect, it } from 'vitest';
import { canVoid, type VoidContext } from './void-rights';

const NOW = new Date('2027-03-03T15:00:00Z');
const base: VoidContext = {
  admin: false,
  captainTeamId: 'home',
  roundStatus: 'OPEN',
  seasonActive: true,
  fixture: { confirmation: 'PENDING', confirm_by: '2027-03-04T15:00:00Z' },
  match: { recorded_at: '2027-03-03T14:00:00Z', entered_by_team_id: 'home' },
  now: NOW,
};

describe('who is offered "Void result" (what the server accepts)', () => {
  it('offers a captain their own entry while the fixture waits for confirmation', () => {
    expect(canVoid(base)).toBe(true);
  });

  it("never offers a captain the other side's entry, nor any once confirmed or past the deadline", () => {
    expect(canVoid({ ...base, match: { ...base.match, entered_by_team_id: 'guest' } })).toBe(false);
    expect(canVoid({ ...base, fixture: { confirmation: 'CONFIRMED' } })).toBe(false);
    expect(
      canVoid({ ...base, fixture: { confirmation: 'PENDING', confirm_by: '2027-03-03T14:59:00Z' } }),
    ).toBe(false);
    expect(canVoid({ ...base, captainTeamId: null })).toBe(false);
  });

  it('offers the organiser a confirmed result, but nobody a result in a locked round or finished season', () => {
    const admin = { ...base, admin: true, captainTeamId: null };
    expect(canVoid({ ...admin, fixture: { confirmation: 'CONFIRMED' } })).toBe(true);
    expect(canVoid({ ...admin, roundStatus: 'LOCKED' })).toBe(false);
    expect(canVoid({ ...admin, roundStatus: undefined })).toBe(false);
    expect(canVoid({ ...admin, seasonActive: false })).toBe(false);
    expect(canVoid({ ...admin, match: { recorded_at: null } })).toBe(false);
  });
});
