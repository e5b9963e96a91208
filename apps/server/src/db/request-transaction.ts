import { AsyncLocalStorage } from 'node:async_hooks';
import type postgres from 'postgres';

/**
 * One transaction around a whole request. While a handler runs inside `requestTransactions.run(...)`,
 * every query the app sends through the pool (client.ts routes them) goes into `tx`, and every
 * `inTransaction` becomes a savepoint of it, so the request's writes and whatever else is written with
 * them (the stored Idempotency-Key response) commit together or not at all.
 */
export interface RequestTransaction {
  tx: postgres.TransactionSql;
  /** Set once the transaction committed or rolled back: a late query from the handler is refused. */
  closed: boolean;
  /** Work that must wait for the commit (events, cache invalidation); dropped on rollback. */
  afterCommit: Array<() => void>;
}

export const requestTransactions = new AsyncLocalStorage<RequestTransaction>();

export class RequestTransactionClosed extends Error {
  constructor() {
    super("The request's transaction already ended (the request ran past its deadline)");
  }
}

/** Runs `work` now, or once the surrounding request transaction commits (never, if it rolls back). */
export function afterCommit(work: () => void): void {
  const current = requestTransactions.getStore();
  if (current && !current.closed) current.afterCommit.push(work);
  else work();
}

/**
 * The deadline (epoch ms) of the write request being handled, when its 503 goes out. inTransaction checks
 * it before committing, so a write that overran it rolls back instead of taking effect after the client
 * was told it failed. (Not Fastify's request.signal: that also aborts once the body has been read.)
 */
export const requestDeadlines = new AsyncLocalStorage<number>();

export function pastDeadline(): boolean {
  const deadline = requestDeadlines.getStore();
  return deadline !== undefined && Date.now() >= deadline;
}
