import type postgres from 'postgres';
import { errors } from '../errors.js';
import { type Database, type Executor, rawSql } from './client.js';
import { postgresError } from './errors.js';
import { pastDeadline } from './request-transaction.js';

export type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];

const RETRYABLE = new Set(['40001', '40P01']);
/** Transactions whose COMMIT went out with their last statements (`commitWith`). */
const committedEarly = new WeakSet<object>();

/**
 * Runs `work` in one transaction. Serialization failures and deadlocks are the database asking us to try
 * again, so they are retried a few times with jitter; if they keep coming the client gets 409 CONFLICT (to
 * retry later), not a 500.
 */
export async function inTransaction<T>(
  db: Database,
  work: (tx: Transaction) => Promise<T>,
  attempts = 5,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.transaction(async (tx) => {
        const result = await work(tx);
        if (!committedEarly.has(tx) && pastDeadline()) throw errors.requestTimeout();
        return result;
      });
    } catch (error) {
      const code = postgresError(error)?.code;
      if (!code || !RETRYABLE.has(code)) throw error;
      if (attempt >= attempts) {
        throw errors.conflict('Concurrent changes to the same rows kept getting in the way; retry', {
          attempts,
        });
      }
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * attempt));
    }
  }
}

/**
 * Sends COMMIT right behind the statements just made (`statements`, not yet answered), in the same round
 * trip, so the transaction's row locks are released as soon as PostgreSQL has run them instead of one more
 * round trip through the server later (patches/postgres+3.4.9.patch, `commit()`). Call it last: after it
 * nothing but those statements may fail, and a failure of theirs turns the COMMIT into a rollback and is
 * what the transaction rejects with. Past the request's deadline it sends nothing and inTransaction rolls
 * back, as without it. In a savepoint (inside a request transaction) the commit stays the request's.
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
