import { createStore, del, entries, set } from 'idb-keyval';
import { useSyncExternalStore } from 'react';
import type { ApiRequestBody } from './api/client';
import { isApiError } from './api-error';

/**
 * Results typed without a connection, kept in IndexedDB (idb-keyval) with the Idempotency-Key they were
 * first sent with. A reload, a closed tab or a flat battery loses nothing, and sending the same key again
 * when the connection returns records each result exactly once on the server.
 */
export interface QueuedResult
  extends Pick<ApiRequestBody<'/api/v1/matches/{id}/result'>, 'home_sets' | 'guest_sets'> {
  idempotencyKey: string;
  seasonId: string;
  fixtureId: string;
  matchId: string;
  matchOrder: number;
  queuedAt: string;
}

const store = typeof indexedDB === 'undefined' ? null : createStore('pingpong-queue', 'results');
let queued: QueuedResult[] = [];
const listeners = new Set<() => void>();
const publish = (next: QueuedResult[]) => {
  queued = next;
  for (const listener of listeners) listener();
};

/** Whether any result is waiting to be sent (as last loaded or queued here). */
export const hasQueuedResults = (): boolean => queued.length > 0;

export async function loadQueue(): Promise<QueuedResult[]> {
  if (!store) return queued;
  const rows = await entries<string, QueuedResult>(store);
  publish(rows.map(([, value]) => value).sort((a, b) => a.queuedAt.localeCompare(b.queuedAt)));
  return queued;
}

export async function enqueueResult(result: QueuedResult): Promise<void> {
  if (store) await set(result.idempotencyKey, result, store);
  publish([...queued.filter((row) => row.idempotencyKey !== result.idempotencyKey), result]);
}

async function forget(key: string): Promise<void> {
  if (store) await del(key, store);
  publish(queued.filter((row) => row.idempotencyKey !== key));
}

/** Only a lost connection is worth waiting for; a refusal (a locked round, a score already there) is final. */
export const isConnectionLost = (error: unknown) => isApiError(error) && error.status === 0;

let flushing: Promise<number> | null = null;

/** Sends every queued result once, oldest first; returns how many were settled (recorded or refused). */
export function flushQueue(send: (result: QueuedResult) => Promise<unknown>): Promise<number> {
  flushing ??= (async () => {
    let settled = 0;
    for (const result of await loadQueue()) {
      try {
        await send(result);
      } catch (error) {
        if (isConnectionLost(error)) break;
      }
      await forget(result.idempotencyKey);
      settled++;
    }
    return settled;
  })().finally(() => {
    flushing = null;
  });
  return flushing;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export const useQueuedResults = (): QueuedResult[] =>
  useSyncExternalStore(
    subscribe,
    () => queued,
    () => queued,
  );
