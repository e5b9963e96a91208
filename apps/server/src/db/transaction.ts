import { errors } from '../errors.js';
import type { Database, Executor } from './client.js';
import { postgresError } from './errors.js';
import { pastDeadline } from './request-transaction.js';

export type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];

const RETRYABLE = new Set(['40001', '40P01']);

/**
 * Runs `work` in one transaction. Serialization failures and deadlocks are the database asking us to try
 * again, so they are retried a few times with jitter before the error reaches the client.
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
        if (pastDeadline()) throw errors.requestTimeout();
        return result;
      });
    } catch (error) {
      const code = postgresError(error)?.code;
      if (!code || !RETRYABLE.has(code) || attempt >= attempts) throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * attempt));
    }
  }
}

export type { Executor };
