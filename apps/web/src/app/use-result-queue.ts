import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { recordResult } from '../features/results/api/record-result';
import { flushQueue, hasQueuedResults, loadQueue } from '../lib/result-queue';

/**
 * How often waiting results are tried again. The phone's "online" event is not enough: on a venue's Wi-Fi
 * without internet, or after a page opened while the network was down, the browser believes it is online
 * all along and never says it came back.
 */
const RETRY_MS = 10_000;

/** Sends the results typed offline as soon as the phone is online again, on every start, and every RETRY_MS. */
export function useResultQueue(): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    const flush = () => {
      if (!navigator.onLine) return;
      void flushQueue((result) => recordResult({ ...result })).then((settled) => {
        if (settled > 0) void queryClient.invalidateQueries();
      });
    };
    void loadQueue().then(flush);
    window.addEventListener('online', flush);
    const retry = setInterval(() => {
      if (hasQueuedResults()) flush();
    }, RETRY_MS);
    return () => {
      window.removeEventListener('online', flush);
      clearInterval(retry);
    };
  }, [queryClient]);
}
