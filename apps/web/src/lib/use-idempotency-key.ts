import { useRef } from 'react';
import { type Attempt, nextAttempt } from './idempotency-key';

/** Returns `keyFor(body, lastError)`: an Idempotency-Key per submission that survives a retry (see nextAttempt). */
export function useIdempotencyKey(): (body: unknown, lastError: unknown) => string {
  const last = useRef<Attempt | null>(null);
  return (body, lastError) => {
    last.current = nextAttempt(last.current, JSON.stringify(body), lastError);
    return last.current.key;
  };
}
