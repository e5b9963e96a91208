import { describe, expect, it } from 'vitest';
import { captainMayChange, effectiveConfirmation, isOwnEntry } from './captain-rights.js';

const now = new Date('2027-03-03T15:00:00Z');

describe('captain rights (SPEC §6)', () => {
  it('reads a PENDING fixture past its deadline as CONFIRMED', () => {
    const late = { confirmation: 'PENDING', confirm_by: '2027-03-03T14:59:00Z' };
    expect(effectiveConfirmation(late, now).confirmation).toBe('CONFIRMED');
    expect(captainMayChange(late, now)).toBe(false);
    const open = { confirmation: 'PENDING', confirm_by: new Date('2027-03-03T15:01:00Z') };
    expect(effectiveConfirmation(open, now)).toBe(open);
    expect(captainMayChange(open, now)).toBe(true);
  });

  it('lets a captain change a disputed or unconfirmed fixture, never a confirmed one', () => {
    expect(captainMayChange({ confirmation: 'DISPUTED', confirm_by: null }, now)).toBe(true);
    expect(captainMayChange({ confirmation: null, confirm_by: null }, now)).toBe(true);
    expect(captainMayChange({ confirmation: 'CONFIRMED', confirm_by: null }, now)).toBe(false);
  });

  it("counts only the captain's own team's entries as theirs", () => {
    expect(isOwnEntry(['home'], 'home')).toBe(true);
    expect(isOwnEntry(['home'], 'guest')).toBe(false);
    expect(isOwnEntry(['home'], null)).toBe(false);
    expect(isOwnEntry([], undefined)).toBe(false);
  });
});
