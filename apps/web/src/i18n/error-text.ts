import { isApiError } from '../lib/api-error';
import { type MessageKey, t } from './translate';
import { vi } from './vi';

/**
 * A failure in one plain sentence of the current language. The server's own message (English, and
 * sometimes raw validation text) is never shown: the code picks the sentence, the status a fallback.
 */
export function errorSentence(error: unknown): string {
  if (!isApiError(error)) return t('common.somethingWrong');
  const key = `error.${error.code}`;
  if (key in vi) return t(key as MessageKey);
  if (error.status === 404) return t('error.HTTP_404');
  if (error.status === 0) return t('error.NETWORK_ERROR');
  return t(error.status >= 500 ? 'error.HTTP_5XX' : 'error.HTTP_4XX');
}

/** Retrying helps when the network or the server hiccupped, never when the thing does not exist. */
export function isRetryable(error: unknown): boolean {
  if (!isApiError(error)) return true;
  return error.status === 0 || error.status >= 500 || error.status === 429 || error.status === 408;
}
