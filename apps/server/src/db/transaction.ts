import type postgres from 'postgres';
import { errors } from '../errors.js';
import { type Database, type Executor, rawSql } from './client.js';
import { postgresError } from './errors.js';
import { pastDeadline, requestTransactions } from './request-transaction.js';

export type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];

/** What the work may rely on: a snapshot checked at every row lock (`repeatable read`) or not. */
export type Isolation = 'read committed' | 'repeatable read';

export interface TransactionOptions {
  /**
   * `repeatable read` makes PostgreSQL refuse (40001, retried here) to lock or update a row that another
   * transaction changed since this one's first statement: what was read unlocked is what gets written
   * from. Inside a request transaction (Idempotency-Key) the work is a savepoint of a read committed
   * transaction, whose level cannot change; the work is told which level it got.
   */
  isolation?: Isolation;
  attempts?: number;
}

const RETRYABLE = new Set(['40001', '40P01']);
/** Transactions whose COMMIT went out with their last statements (`commitWith`). */
const committedEarly = new WeakSet<object>();

/**
 * Runs `work` in one transaction. Serialization failures and deadlocks are the database asking us to try
 * again, so they are retried a few times (a serialization failure at once first: the transaction it lost
 * to has committed; then with jitter) before the client gets 409 CONFLICT.
 */
export async function inTransaction<T>(
  db: Database,
  work: (tx: Transaction, isolation: Isolation) => Promise<T>,
  options: TransactionOptions = {},
): Promise<T> {
  const attempts = options.attempts ?? 5;
  const isolation: Isolation =
    options.isolation === 'repeatable read' && !requestTransactions.getStore()
      ? 'repeatable read'
      : 'read committed';
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.transaction(async (tx) => {
        // Pipelined right behind BEGIN with the work's first statement (patches/postgres+3.4.9.patch): no
        // round trip of its own. A failure here fails that statement too, and is the error reported.
        if (isolation === 'repeatable read') {
          rawSql(tx)`SET TRANSACTION ISOLATION LEVEL REPEATABLE READ`.catch(() => {});
        }
        const result = await work(tx, isolation);
        if (!committedEarly.has(tx) && pastDeadline()) throw errors.requestTimeout();
        return result;
      });
    } catch (error) {
      const code = postgresError(error)?.code;
      if (!code || !RETRYABLE.has(code)) throw error;
      if (attempt >= attempts) {
        throw errors.conflict('Other changes to the same players kept getting in the way; retry', {
          attempts,
        });
      }
      if (code !== '40001' || attempt > 1) {
        await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * attempt));
      }
    }
  }
}

/**
 * Sends COMMIT right behind the statements just sent (they are `statements`, not yet answered), so the
 * transaction ends in the same round trip and its row locks are held only while PostgreSQL runs them.
 * Call it last: after it nothing but those statements may fail, since a failure of theirs turns the COMMIT
 * into a rollback and is what the transaction rejects with. Past the request's deadline it sends nothing
 * and inTransaction rolls back, as without it. In a savepoint (a request transaction) the commit is the
 * request's, later.
 */
export function commitWith<T>(tx: Transaction, statements: Promise<T>): Promise<T> {
  const client = rawSql(tx) as postgres.Sql & { commit?: () => unknown };
  if (client.commit && !pastDeadline()) {
    client.commit();
    committedEarly.add(tx);
  }
  return statements;
}

export type { Executor };
