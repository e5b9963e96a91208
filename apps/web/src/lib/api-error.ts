/** The server's error body: `{error_code, message, details, request_id}` (SPEC §4). */
export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: Record<string, unknown>,
    readonly requestId?: string,
  ) {
    super(message);
  }
}

interface ErrorBody {
  error_code?: unknown;
  message?: unknown;
  details?: unknown;
  request_id?: unknown;
}

/** Builds an ApiError from whatever came back; proxies and crashes do not always send our JSON. */
export function toApiError(status: number, body: unknown, statusText = ''): ApiError {
  const candidate = (typeof body === 'object' && body !== null ? body : {}) as ErrorBody;
  const code = typeof candidate.error_code === 'string' ? candidate.error_code : `HTTP_${status}`;
  const message =
    typeof candidate.message === 'string' && candidate.message
      ? candidate.message
      : `The server answered ${status}${statusText ? ` ${statusText}` : ''}`;
  const details =
    typeof candidate.details === 'object' && candidate.details !== null
      ? (candidate.details as Record<string, unknown>)
      : undefined;
  const requestId = typeof candidate.request_id === 'string' ? candidate.request_id : undefined;
  return new ApiError(status, code, message, details, requestId);
}

export const isApiError = (error: unknown): error is ApiError => error instanceof ApiError;

/** A 404 whose code is the generic NOT_FOUND means "no such route": the server does not offer it yet. */
export const isMissingEndpoint = (error: unknown): boolean =>
  isApiError(error) && error.status === 404 && error.code === 'NOT_FOUND';
