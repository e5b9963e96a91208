import { describe, expect, it } from 'vitest';
import { ApiError } from '../lib/api-error';
import { shouldRetry } from './query-client';

describe('shouldRetry', () => {
  it('retries network trouble, 5xx and 429 a couple of times, never a 4xx', () => {
    expect(shouldRetry(0, new ApiError(0, 'NETWORK_ERROR', 'x'))).toBe(true);
    expect(shouldRetry(1, new ApiError(503, 'DATABASE_UNAVAILABLE', 'x'))).toBe(true);
    expect(shouldRetry(0, new ApiError(429, 'RATE_LIMITED', 'x'))).toBe(true);
    expect(shouldRetry(2, new ApiError(503, 'DATABASE_UNAVAILABLE', 'x'))).toBe(false);
    expect(shouldRetry(0, new ApiError(404, 'SEASON_NOT_FOUND', 'x'))).toBe(false);
    expect(shouldRetry(0, new ApiError(400, 'INVALID_INPUT', 'x'))).toBe(false);
  });
});
