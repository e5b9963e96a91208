import type postgres from 'postgres';
import { AppError, errors } from '../errors.js';
import { currentRequest, withinRequest } from '../request-context.js';

/**
 * One transaction around a whole request. While a handler runs inside `withinRequest({ transaction })`,
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

export class RequestTransactionClosed extends Error {
  constructor() {
    super("The request's transaction already ended (the request ran past its deadline)");
  }
}

/** Runs `work` now, or once the surrounding request transaction commits (never, if it rolls back). */
export function afterCommit(work: () => void): void {
  const current = currentRequest()?.transaction;
  if (current && !current.closed) current.afterCommit.push(work);
  else work();
}

/** What a running postgres.js query offers: cancelling it sends PostgreSQL a cancel request for it. */
interface Cancellable {
  cancel(): unknown;
}

/**
 * The deadline of the write request being handled (epoch ms), when its 503 goes out. Every query the
 * request sends is noted here (client.ts); at the deadline the ones still running or queued are cancelled,
 * so a write blocked on a lock stops at once instead of holding its connection and locks until
 * statement_timeout, and a query sent after the deadline is refused. inTransaction checks it before
 * committing, so a write that overran it rolls back instead of taking effect after the client was told it
 * failed. (Not Fastify's request.signal: that also aborts once the body has been read.)
 */
export class RequestDeadline {
  private readonly queries: Cancellable[] = [];
  private timer: NodeJS.Timeout | null = null;
  private done = false;

  constructor(readonly at: number) {}

  get passed(): boolean {
    return Date.now() >= this.at;
  }

  /** Notes a query just created; throws REQUEST_TIMEOUT instead once the deadline has passed. */
  track<Q extends Cancellable>(query: Q): Q {
    if (this.done) return query;
    // Never awaited, the query is never sent.
    if (this.passed) throw errors.requestTimeout();
    this.queries.push(query);
    this.timer ??= setTimeout(() => this.cancelAll(), this.at - Date.now());
    return query;
  }

  /** The handler settled: nothing of it is left to cancel. */
  finish(): void {
    this.done = true;
    if (this.timer) clearTimeout(this.timer);
    this.queries.length = 0;
  }

  private cancelAll(): void {
    // A finished query ignores it; one still queued for a connection is dropped before it is sent.
    for (const query of this.queries.splice(0)) query.cancel();
  }
}

/**
 * Runs a write's handler under its deadline (see RequestDeadline). A handler that fails once the deadline
 * has passed (its queries cancelled, or refused) answers 503 REQUEST_TIMEOUT, not what the cancelled query
 * says; a rule it broke (an AppError) is still said as such.
 */
export function withDeadline<T>(at: number, handler: () => T): T {
  const deadline = new RequestDeadline(at);
  const result = withinRequest({ deadline }, handler);
  if (!(result instanceof Promise)) {
    deadline.finish();
    return result;
  }
  return result.then(
    (value) => {
      deadline.finish();
      return value;
    },
    (error: unknown) => {
      deadline.finish();
      throw deadline.passed && !(error instanceof AppError) ? errors.requestTimeout() : error;
    },
  ) as T;
}

export function pastDeadline(): boolean {
  return currentRequest()?.deadline?.passed ?? false;
}
