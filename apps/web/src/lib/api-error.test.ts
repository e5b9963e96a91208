import { describe, expect, it } from 'vitest';
import { ApiError, isMissingEndpoint, toApiError } from './api-error';

describe('toApiError', () => {
  it('keeps the code, message, details and request id of the server error body', () => {
    const error = toApiError(409, {
      error_code: 'MATCH_ALREADY_RECORDED',
      message: 'Match already has a result',
      details: { match_id: 'm1' },
      request_id: 'req-1',
    });
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 409,
      code: 'MATCH_ALREADY_RECORDED',
      message: 'Match already has a result',
      details: { match_id: 'm1' },
      requestId: 'req-1',
    });
  });

  it('still says something useful when the body is not ours (a proxy page, an empty body)', () => {
    expect(toApiError(502, null, 'Bad Gateway')).toMatchObject({
      code: 'HTTP_502',
      message: 'The server answered 502 Bad Gateway',
    });
    expect(toApiError(500, '<html>')).toMatchObject({ code: 'HTTP_500', details: undefined });
  });

  it('tells a missing endpoint (generic NOT_FOUND) from a missing record', () => {
    expect(isMissingEndpoint(toApiError(404, { error_code: 'NOT_FOUND', message: 'No route' }))).toBe(true);
    expect(isMissingEndpoint(toApiError(404, { error_code: 'PLAYER_NOT_FOUND', message: 'x' }))).toBe(false);
    expect(isMissingEndpoint(new Error('x'))).toBe(false);
  });
});
