import { describe, expect, it } from 'vitest';
import { ApiError } from './api-error';
import { newIdempotencyKey, nextAttempt } from './idempotency-key';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('newIdempotencyKey', () => {
  it('is a fresh UUID each time', () => {
    const a = newIdempotencyKey();
    expect(a).toMatch(UUID_V4);
    expect(newIdempotencyKey()).not.toBe(a);
  });

  it('builds a v4 UUID from random bytes where randomUUID is missing (plain http)', () => {
    const key = newIdempotencyKey({
      getRandomValues: <T extends ArrayBufferView | null>(array: T) => {
        (array as unknown as Uint8Array).fill(0xff);
        return array;
      },
    });
    expect(key).toBe('ffffffff-ffff-4fff-bfff-ffffffffffff');
    expect(key).toMatch(UUID_V4);
  });
});

describe('nextAttempt', () => {
  let counter = 0;
  const newKey = () => `k${++counter}`;
  const offline = new ApiError(0, 'NETWORK_ERROR', 'Could not reach the server');
  const refused = new ApiError(409, 'ROUND_LOCKED', 'Round 1 is locked');

  it('keeps the key when the same body is sent again after the connection dropped', () => {
    const first = nextAttempt(null, '{"a":1}', null, newKey);
    expect(nextAttempt(first, '{"a":1}', offline, newKey)).toEqual(first);
  });

  it('takes a fresh key for a changed body or after an answer from the server', () => {
    const first = nextAttempt(null, '{"a":1}', null, newKey);
    expect(nextAttempt(first, '{"a":2}', offline, newKey).key).not.toBe(first.key);
    // The server stored its refusal under the old key: resending it would only replay the refusal.
    expect(nextAttempt(first, '{"a":1}', refused, newKey).key).not.toBe(first.key);
    expect(nextAttempt(first, '{"a":1}', null, newKey).key).not.toBe(first.key);
  });
});
