import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { apiUrl } from '../lib/api/client';
import { LIVE_EVENT_TYPES, parseLiveEvent, staleQueriesFor } from '../lib/live-events';
import { queryKeys } from '../lib/query-keys';

export type LiveState = 'connecting' | 'live' | 'offline';

const RECONNECT_MS = 15_000;
/** Offline, how often the server is asked again whether it can be reached. */
const PROBE_MS = 5_000;

/**
 * Whether the server answers at all. navigator.onLine can only be trusted when it says offline: a page
 * opened without a network from the service worker's copy, or a venue's Wi-Fi without internet, says online.
 */
const serverReachable = () =>
  fetch(apiUrl('/health/live', {}), { cache: 'no-store' }).then(
    () => true,
    () => false,
  );

/**
 * Subscribes to the season's Server-Sent Events and invalidates what each event changed. EventSource
 * reconnects by itself after a dropped connection; after a refused one (closed) we try again later.
 */
export function useLiveUpdates(seasonId: string | undefined): LiveState {
  const queryClient = useQueryClient();
  const [state, setState] = useState<LiveState>('connecting');

  useEffect(() => {
    if (!seasonId || typeof EventSource === 'undefined') return;
    let source: EventSource | null = null;
    let retry: ReturnType<typeof setTimeout> | undefined;
    let missedEvents = false;
    let stopped = false;

    const connect = () => {
      source = new EventSource(apiUrl('/api/v1/seasons/{id}/events', { path: { id: seasonId } }));
      source.onopen = () => {
        setState('live');
        // Whatever happened while we were away was never delivered: refresh the season's data once.
        if (missedEvents) void queryClient.invalidateQueries({ queryKey: queryKeys.season(seasonId) });
        missedEvents = false;
      };
      source.onerror = () => {
        missedEvents = true;
        if (!navigator.onLine) return goOffline();
        setState(source?.readyState === EventSource.CLOSED ? 'offline' : 'connecting');
        if (source?.readyState === EventSource.CLOSED) {
          source.close();
          retry = setTimeout(connect, RECONNECT_MS);
          return;
        }
        const failed = source;
        void serverReachable().then((reachable) => {
          if (!reachable && !stopped && source === failed) goOffline();
        });
      };
      for (const type of LIVE_EVENT_TYPES) {
        source.addEventListener(type, (message) => {
          const event = parseLiveEvent((message as MessageEvent).data);
          for (const queryKey of staleQueriesFor(type, seasonId, event)) {
            void queryClient.invalidateQueries({ queryKey });
          }
        });
      }
    };

    // The badge tells the truth: without a network it says offline at once, not "reconnecting" for ever.
    const goOffline = () => {
      missedEvents = true;
      source?.close();
      clearTimeout(retry);
      setState('offline');
      retry = setTimeout(probe, PROBE_MS);
    };
    // Back as soon as the server answers, whether or not the browser noticed it was ever gone.
    const probe = () => {
      if (!navigator.onLine) {
        retry = setTimeout(probe, PROBE_MS);
        return;
      }
      void serverReachable().then((reachable) => {
        if (stopped) return;
        if (reachable) goOnline();
        else retry = setTimeout(probe, PROBE_MS);
      });
    };
    const goOnline = () => {
      clearTimeout(retry);
      source?.close();
      setState('connecting');
      connect();
    };
    window.addEventListener('offline', goOffline);
    window.addEventListener('online', goOnline);
    if (navigator.onLine) connect();
    else goOffline();
    return () => {
      stopped = true;
      window.removeEventListener('offline', goOffline);
      window.removeEventListener('online', goOnline);
      clearTimeout(retry);
      source?.close();
    };
  }, [seasonId, queryClient]);

  return seasonId ? state : 'offline';
}
