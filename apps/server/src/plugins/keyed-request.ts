import type postgres from 'postgres';
import type { RequestTransaction } from '../db/request-transaction.js';
import { withinRequest } from '../request-context.js';

export interface KeyedRequestOptions {
  sql: postgres.Sql;
  /** Epoch ms after which the transaction must not commit. */
  deadlineAt: number;
  handler: () => unknown;
  /** Stores the response inside the transaction; false when the claim was taken over meanwhile. */
  storeResponse(tx: postgres.TransactionSql, statusCode: number, response: unknown): Promise<boolean>;
}

export interface KeyedRequest {
  /** What Fastify awaits: the handler's own result. */
  handlerResult: Promise<unknown>;
  /** Called from onSend with the response: commits it with the writes (2xx/3xx) or rolls back. */
  finish(statusCode: number, response: unknown): Promise<'committed' | 'rolled-back' | 'claim-lost'>;
}

class RolledBack extends Error {}
class ClaimLost extends Error {}

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

/**
 * Runs a keyed write inside one transaction that stays open until the response is known (onSend), then
 * stores the response in it and commits: the write and its replayable response are one fact. A response of
 * 400 or more (an error, the deadline's 503) rolls everything back. At the deadline the running statement
 * is cancelled so the rollback does not wait behind it, and a query the handler sends later is refused.
 */
export function runKeyedRequest(options: KeyedRequestOptions): KeyedRequest {
  const responded = deferred<{ statusCode: number; response: unknown }>();
  const started = deferred<unknown>();
  let context: RequestTransaction | null = null;
  let backendPid: number | null = null;

  let finished = false;
  const cancel = () => {
    if (backendPid !== null && !finished) {
      void options.sql`SELECT pg_cancel_backend(${backendPid})`.catch(() => {});
    }
  };
  // At the deadline the running statement is cancelled, so the rollback does not queue behind it.
  const timer = setTimeout(cancel, Math.max(0, options.deadlineAt - Date.now()));

  const done = options.sql
    .begin(async (tx) => {
      const remaining = Math.max(1, options.deadlineAt - Date.now());
      const [row] = await tx<{ pid: number }[]>`
        SELECT pg_backend_pid() AS pid, set_config('statement_timeout', ${String(remaining)}, true)`;
      backendPid = row?.pid ?? null;
      context = { tx, closed: false, afterCommit: [] };
      const current = context;
      started.resolve(withinRequest({ transaction: current }, options.handler));
      const { statusCode, response } = await responded.promise;
      current.closed = true;
      clearTimeout(timer);
      if (statusCode >= 400 || Date.now() > options.deadlineAt) throw new RolledBack();
      if (!(await options.storeResponse(tx, statusCode, response))) throw new ClaimLost();
    })
    .then(
      () => {
        for (const work of context?.afterCommit ?? []) work();
        return 'committed' as const;
      },
      (error: unknown) => {
        if (context) context.closed = true;
        if (error instanceof RolledBack) return 'rolled-back' as const;
        if (error instanceof ClaimLost) return 'claim-lost' as const;
        throw error;
      },
    )
    .finally(() => {
      finished = true;
      clearTimeout(timer);
    });

  return {
    // If BEGIN itself fails (the database is down) the handler never starts and that error is the answer.
    handlerResult: Promise.race([started.promise, done.then(() => undefined)]),
    finish(statusCode, response) {
      responded.resolve({ statusCode, response });
      return done;
    },
  };
}
