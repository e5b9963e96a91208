import { QueryClient } from '@tanstack/react-query';
import { isApiError } from '../lib/api-error';

/** A 4xx will not go away by asking again (except being told to slow down); network trouble might. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= 2) return false;
  if (!isApiError(error)) return true;
  return error.status === 0 || error.status === 429 || error.status >= 500;
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      // Live events invalidate what changed, so data can be reused for a while without going stale.
      // networkMode 'always': offline, a query still asks, and the service worker answers from what it
      // kept of the last visit instead of the screen waiting for a network that is not there.
      queries: { staleTime: 30_000, retry: shouldRetry, refetchOnWindowFocus: true, networkMode: 'always' },
      mutations: { retry: false },
    },
  });
}
