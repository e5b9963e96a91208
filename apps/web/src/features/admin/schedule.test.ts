import { describe, expect, it } from 'vitest';
import { fromLocalParts, localParts, setLeagueTimeZone } from '../../lib/format';
import { roundDate } from './schedule';

describe('schedule in local time', () => {
  it('spaces rounds by the days between them, across month ends', () => {
    expect(roundDate('2026-03-25', 1, 7)).toBe('2026-03-25');
    expect(roundDate('2026-03-25', 2, 7)).toBe('2026-04-01');
    expect(roundDate('2026-12-30', 3, 3)).toBe('2027-01-05');
  });

  it('turns 19:30 in Hanoi into 12:30 UTC and back', () => {
    setLeagueTimeZone('Asia/Ho_Chi_Minh');
    expect(fromLocalParts('2026-03-25', '19:30')).toBe('2026-03-25T12:30:00.000Z');
    expect(localParts('2026-03-25T12:30:00.000Z')).toEqual({ date: '2026-03-25', time: '19:30' });
  });

  it('follows a zone with summer time', () => {
    setLeagueTimeZone('Europe/Berlin');
    expect(fromLocalParts('2026-07-01', '19:30')).toBe('2026-07-01T17:30:00.000Z');
    expect(fromLocalParts('2026-01-15', '19:30')).toBe('2026-01-15T18:30:00.000Z');
    setLeagueTimeZone('Asia/Ho_Chi_Minh');
  });
});
