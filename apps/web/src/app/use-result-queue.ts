import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { recordResult } from '../features/results/api/record-result';
import { flushQueue, loadQueue } from '../lib/result-queue';

/** Sends the results typed offline as soon as the phone is online again, and on every start. */
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
    return () => window.removeEventListener('online', flush);
  }, [queryClient]);
}
