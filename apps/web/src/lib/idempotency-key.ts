import { isApiError } from './api-error';

/**
 * A fresh key per submission. crypto.randomUUID exists only in secure contexts, and a phone on the club's
 * Wi-Fi may open the app over plain http, so fall back to a v4 UUID built from getRandomValues.
 */
export function newIdempotencyKey(
  source: Pick<Crypto, 'getRandomValues'> & Partial<Crypto> = crypto,
): string {
  if (typeof source.randomUUID === 'function') return source.randomUUID();
  const bytes = source.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export interface Attempt {
  key: string;
  body: string;
}

/**
 * The key for a submission. Sending the same body again after the connection dropped (status 0) keeps the
 * previous key, so if that request did reach the server it acts only once; anything else gets a fresh key.
 */
export function nextAttempt(
  previous: Attempt | null,
  body: string,
  previousError: unknown,
  newKey: () => string = newIdempotencyKey,
): Attempt {
  const connectionLost = isApiError(previousError) && previousError.status === 0;
  if (previous && connectionLost && previous.body === body) return previous;
  return { key: newKey(), body };
}
