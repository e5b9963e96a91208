import { describe, expect, it } from 'vitest';
import { isTimeZone, localRoundTimes, localToUtc, nextWeekday } from './local-time.js';

describe('local time', () => {
  it('turns a Hanoi evening into UTC (UTC+7, no DST)', () => {
    expect(localToUtc('2026-03-05', '19:30', 'Asia/Ho_Chi_Minh').toISOString()).toBe(
      '2026-03-05T12:30:00.000Z',
    );
    expect(localToUtc('2026-03-05', '01:00', 'Asia/Ho_Chi_Minh').toISOString()).toBe(
      '2026-03-04T18:00:00.000Z',
    );
  });

  it('follows daylight saving time where the zone has it', () => {
    expect(localToUtc('2026-01-15', '19:30', 'Europe/London').toISOString()).toBe('2026-01-15T19:30:00.000Z');
    expect(localToUtc('2026-07-15', '19:30', 'Europe/London').toISOString()).toBe('2026-07-15T18:30:00.000Z');
    expect(localToUtc('2026-07-15', '19:30', 'America/New_York').toISOString()).toBe(
      '2026-07-15T23:30:00.000Z',
    );
  });

  it('moves the first round to the weekday and steps by the days between rounds', () => {
    // 2026-03-02 is a Monday; Thursday is 4.
    expect(nextWeekday('2026-03-02', 4)).toBe('2026-03-05');
    expect(nextWeekday('2026-03-05', 4)).toBe('2026-03-05');
    const times = localRoundTimes(
      3,
      { start_date: '2026-03-02', weekday: 4, time: '19:30', days_between_rounds: 14 },
      'Asia/Ho_Chi_Minh',
    );
    expect(times.map((t) => t.toISOString())).toEqual([
      '2026-03-05T12:30:00.000Z',
      '2026-03-19T12:30:00.000Z',
      '2026-04-02T12:30:00.000Z',
    ]);
  });

  it('knows a zone from a typo', () => {
    expect(isTimeZone('Asia/Ho_Chi_Minh')).toBe(true);
    expect(isTimeZone('Asia/Hanoi_City')).toBe(false);
  });
});
