import { drizzle, type PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import type { DatabaseSettings } from '../config.js';
import { currentRequest } from '../request-context.js';
import { RequestTransactionClosed } from './request-transaction.js';

/**
 * Without the schema: the app never uses Drizzle's relational queries (`db.query.*`), and with a schema every
 * transaction object builds one relational query builder per table (~2 % of the server's time recording a
 * result, bench/README.md §2).
 */
export type Database = PostgresJsDatabase;
/** A transaction handle; repositories accept either so a service decides where the transaction begins. */
export type Executor = Database | Parameters<Parameters<Database['transaction']>[0]>[0];

export interface DatabaseClient {
  db: Database;
  sql: postgres.Sql;
  close(): Promise<void>;
}

function sslOption(mode: DatabaseSettings['sslmode']): postgres.Options<Record<string, never>>['ssl'] {
  if (mode === 'disable') return false;
  if (mode === 'verify-ca' || mode === 'verify-full') return 'verify-full';
  return mode;
}

type Client = postgres.Sql | postgres.TransactionSql;

/**
 * Drizzle runs every query through `unsafe()` as an unnamed statement, so postgres.js sends Parse/Describe
 * and waits for the parameter types before Bind/Execute: two round trips per statement. Asking for named
 * prepared statements makes it one after a statement's first use on a connection (the result transaction
 * goes from ~20 round trips to ~10), and lets PostgreSQL reuse a plan once it has seen that a generic one
 * is as good as those made for the actual parameters (plan_cache_mode auto): forcing a fresh plan each
 * time cost a third of the result-recording throughput (bench/README.md).
 */
function preparing<T extends Client>(client: T, root = false): T {
  /**
   * Where a statement goes and how long it may run: inside a request transaction the pool's queries belong
   * to it (request-transaction.ts), and a write's statements are cancelled at its deadline.
   */
  const send = <Q>(run: (into: Client) => Q, statement = true): Q => {
    const request = currentRequest();
    const ambient = request?.transaction;
    if (ambient?.closed) throw new RequestTransactionClosed();
    const running = run(root && ambient ? ambient.tx : client);
    const deadline = statement ? request?.deadline : undefined;
    return deadline ? (deadline.track(running as Q & { cancel(): unknown }) as Q) : running;
  };
  return new Proxy(client, {
    // Tagged-template queries (repositories' hot statements, see `rawSql`) follow the same routing; only
    // statements (template strings first) are tracked, sql(value) helpers are not queries.
    apply(_target, self, args) {
      const statement = Array.isArray(args[0]) && 'raw' in args[0];
      return send(
        (into) => Reflect.apply(into as unknown as (...a: unknown[]) => unknown, self, args),
        statement,
      );
    },
    get(target, property, receiver) {
      if (property === 'unsafe') {
        return (
          query: string,
          parameters?: postgres.ParameterOrJSON<never>[],
          options?: postgres.UnsafeQueryOptions,
        ) => send((into) => into.unsafe(query, parameters, { ...options, prepare: true }));
      }
      if (property === 'begin') {
        return (work: (tx: postgres.TransactionSql) => unknown) => {
          const ambient = currentRequest()?.transaction;
          if (ambient?.closed) throw new RequestTransactionClosed();
          if (root && ambient) return ambient.tx.savepoint((tx) => work(preparing(tx)));
          return (target as postgres.Sql).begin((tx) => work(preparing(tx)));
        };
      }
      if (property === 'savepoint') {
        return (work: (tx: postgres.TransactionSql) => unknown) =>
          (target as postgres.TransactionSql).savepoint((tx) => work(preparing(tx)));
      }
      return Reflect.get(target, property, receiver);
    },
  });
}

/**
 * The postgres.js client behind a Drizzle database or transaction, for the few hot statements written as
 * postgres.js tagged templates: Drizzle rebuilds a query's SQL text on every call (~15 % of the server's
 * time recording a result, bench/README.md), a tagged template's text is fixed and prepared once per
 * connection. Same routing as Drizzle's queries (a request transaction's pool queries go into it).
 */
export function rawSql(db: Executor): postgres.Sql {
  return (db as unknown as { session: { client: postgres.Sql } }).session.client;
}

/**
 * An array parameter for a tagged-template statement, as PostgreSQL's array text (`{a,b}`), cast in the
 * statement (`::uuid[]`). Only for numbers and ids, which need no quoting. (Drizzle's set-up replaces some
 * of postgres.js's array serializers, so arrays are not passed as JavaScript arrays.)
 */
export function pgArray(values: ReadonlyArray<number | string> | null): string | null {
  return values === null ? null : `{${values.join(',')}}`;
}

export function connectDatabase(
  url: string,
  settings: DatabaseSettings,
  applicationName = 'pingpong-league',
): DatabaseClient {
  const sql = postgres(url, {
    max: settings.poolMax,
    ssl: sslOption(settings.sslmode),
    connect_timeout: settings.connectTimeoutSeconds,
    idle_timeout: 60,
    max_lifetime: 60 * 30,
    onnotice: () => {},
    connection: {
      application_name: applicationName,
      statement_timeout: settings.statementTimeoutMs,
      // A transaction left open by a crashed request must not hold row locks for ever.
      idle_in_transaction_session_timeout: 60_000,
    },
  });
  const db = drizzle(preparing(sql, true));
  return { db, sql, close: () => sql.end({ timeout: 5 }) };
}
