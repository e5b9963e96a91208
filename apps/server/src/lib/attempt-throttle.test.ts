import { describe, expect, it } from 'vitest';
import { AttemptThrottle } from './attempt-throttle.js';

function throttle(maxAttempts = 3, windowMs = 60_000, maxKeys = 100) {
  const clock = { now: 1_000_000 };
  const t = new AttemptThrottle({ maxAttempts, windowMs, maxKeys, now: () => clock.now });
  return { t, clock };
}

describe('AttemptThrottle', () => {
  it('allows maxAttempts in a window, then names the seconds left', () => {
    const { t, clock } = throttle(3, 60_000);
    expect([t.take('a'), t.take('a'), t.take('a')]).toEqual([null, null, null]);
    expect(t.take('a')).toBe(60);
    clock.now += 45_500;
    expect(t.take('a')).toBe(15);
  });

  it('opens a fresh window once the old one has passed', () => {
    const { t, clock } = throttle(1, 10_000);
    t.take('a');
    expect(t.take('a')).not.toBeNull();
    clock.now += 10_000;
    expect(t.take('a')).toBeNull();
  });

  it('keeps keys apart and forgets a key on reset', () => {
    const { t } = throttle(1);
    t.take('a');
    expect(t.take('b')).toBeNull();
    expect(t.take('a')).not.toBeNull();
    t.reset('a');
    expect(t.take('a')).toBeNull();
  });

  it('never waits less than a second', () => {
    const { t, clock } = throttle(1, 10_000);
    t.take('a');
    clock.now += 9_999;
    expect(t.take('a')).toBe(1);
  });

  it('stays within maxKeys, dropping the oldest windows first', () => {
    const { t } = throttle(1, 60_000, 3);
    for (const key of ['a', 'b', 'c', 'd']) t.take(key);
    // "a" was evicted to make room for "d", so it starts over; "d" is still counted.
    expect(t.take('a')).toBeNull();
    expect(t.take('d')).not.toBeNull();
  });
});
