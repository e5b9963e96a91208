import { AsyncLocalStorage } from 'node:async_hooks';
import type { RequestDeadline, RequestTransaction } from './db/request-transaction.js';

/**
 * What the request being handled carries through its async work: the transaction its queries go into,
 * the deadline that cancels them, and whether it published a league event. One store, not one per
 * concern: on Node 20 every AsyncLocalStorage in use copies its value onto each promise the process
 * creates, so each extra store costs every request (bench/README.md, recording).
 */
export interface RequestContext {
  transaction?: RequestTransaction;
  deadline?: RequestDeadline;
  events?: { published: boolean };
}

const requestContext = new AsyncLocalStorage<RequestContext>();

export function currentRequest(): RequestContext | undefined {
  return requestContext.getStore();
}

/** Runs `work` in the current context with `change` on top; a field given as undefined is cleared for it. */
export function withinRequest<T>(change: RequestContext, work: () => T): T {
  return requestContext.run({ ...requestContext.getStore(), ...change }, work);
}
