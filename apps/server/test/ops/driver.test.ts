import { connect, createServer, type Socket } from 'node:net';
import postgres from 'postgres';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../helpers/app.js';

// postgres.js 3.4.9 (the newest release) carries known defects; patches/postgres+3.4.9.patch fixes
// them (applied by patch-package on npm install). These tests fail on the unpatched driver.
let url = '';
beforeAll(async () => {
  url = await createTestDatabase();
});

describe('postgres.js as patched', () => {
  it('reserves the connection for a BEGIN that fills the pipeline (porsager/postgres#823, #1210)', async () => {
    const sql = postgres(url, { max: 2, onnotice: () => {}, ...({ max_pipeline: 0 } as object) });
    try {
      const [row] = await sql.begin((tx) => tx`SELECT 1 AS ok`);
      expect(row).toEqual({ ok: 1 });
    } finally {
      await sql.end({ timeout: 5 });
    }
  });

  it('never runs a pool query inside somebody else’s transaction under load', async () => {
    const sql = postgres(url, { max: 3, onnotice: () => {}, ...({ max_pipeline: 2 } as object) });
    try {
      // Each transaction marks itself with a transaction-local setting; a pool query that sees the mark ran
      // inside somebody else's transaction.
      const inTransaction = () =>
        sql<{ inside: boolean }[]>`
          SELECT coalesce(current_setting('pingpong.marker', true), '') = 'tx' AS inside`;
      const work: Promise<unknown>[] = [];
      const outcomes: boolean[] = [];
      for (let i = 0; i < 120; i++) {
        work.push(
          sql.begin(async (tx) => {
            await tx`SELECT set_config('pingpong.marker', 'tx', true)`;
            await tx`SELECT pg_sleep(0.002)`;
          }),
        );
        work.push(inTransaction().then(([row]) => outcomes.push(Boolean(row?.inside))));
      }
      const settled = await Promise.allSettled(work);
      const failures = settled.filter((s) => s.status === 'rejected').map((s) => String(s.reason));
      expect(failures).toEqual([]);
      expect(outcomes.filter(Boolean)).toEqual([]);
    } finally {
      await sql.end({ timeout: 5 });
    }
  });

  it('pipelines a transaction behind its BEGIN and its COMMIT behind its last statements', async () => {
    // A proxy records what the driver writes: BEGIN goes with the first statement, and tx.commit() (the
    // patch's) goes with the statements made before it, even from async helpers (a few microtasks later),
    // and after them: both rows are committed.
    const target = new URL(url);
    const writes: string[] = [];
    const sockets: Socket[] = [];
    const proxy = createServer((client) => {
      const server = connect(Number(target.port), target.hostname);
      sockets.push(client, server);
      client.on('data', (chunk) => {
        writes.push(chunk.toString('latin1'));
        server.write(chunk);
      });
      server.on('data', (chunk) => client.writable && client.write(chunk));
      for (const socket of [client, server]) socket.on('error', () => {});
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    const proxied = new URL(url);
    proxied.port = String((proxy.address() as { port: number }).port);
    const sql = postgres(proxied.toString(), { max: 1, onnotice: () => {} });
    type Committing = postgres.TransactionSql & { commit(): Promise<unknown> };
    try {
      await sql`CREATE TABLE IF NOT EXISTS driver_pipeline (n int)`;
      const record = () =>
        sql.begin(async (tx) => {
          await tx`SELECT 'first' AS step`;
          const later = async (n: number) => tx`INSERT INTO driver_pipeline VALUES (${n}) RETURNING n`;
          const statements = Promise.all([later(1), tx`INSERT INTO driver_pipeline VALUES (2) RETURNING n`]);
          (tx as Committing).commit();
          return statements;
        });
      // Once to prepare the statements on the connection (a statement's first use waits for its description).
      await record();
      writes.length = 0;
      const rows = await record();
      expect(rows.map((r) => r[0])).toEqual([{ n: 1 }, { n: 2 }]);
      // Two writes, so two round trips: BEGIN with the first statement, then both INSERTs with the COMMIT
      // (prepared by now, so they travel by statement name, not text).
      expect(writes).toHaveLength(2);
      expect(writes[0]).toMatch(/begin/i);
      expect(await sql`SELECT n FROM driver_pipeline ORDER BY n`).toEqual([
        { n: 1 },
        { n: 1 },
        { n: 2 },
        { n: 2 },
      ]);
    } finally {
      await sql.end({ timeout: 5 });
      for (const socket of sockets) socket.destroy();
      proxy.close();
    }
  });

  it('reports a pipelined COMMIT that became a rollback with the failed statement, and writes nothing', async () => {
    const sql = postgres(url, { max: 1, onnotice: () => {} });
    type Committing = postgres.TransactionSql & { commit(): Promise<unknown> };
    try {
      await sql`CREATE TABLE IF NOT EXISTS driver_rollback (n int)`;
      const outcome = await sql
        .begin(async (tx) => {
          await tx`SELECT 1`;
          const statements = Promise.all([
            tx`INSERT INTO driver_rollback VALUES (1)`,
            tx`SELECT 1 / ${0}::int`,
            tx`INSERT INTO driver_rollback VALUES (3)`,
          ]);
          (tx as Committing).commit();
          return statements;
        })
        .then(
          () => 'committed',
          (e: { code?: string }) => e.code,
        );
      expect(outcome).toBe('22012');
      // Nothing of the transaction stayed, and the one connection is free and out of the aborted
      // transaction (where every query would fail with 25P02).
      expect(await sql`SELECT count(*)::int AS n FROM driver_rollback`).toEqual([{ n: 0 }]);
      expect(await sql.begin((tx) => tx`SELECT 1 AS ok`)).toEqual([{ ok: 1 }]);
    } finally {
      await sql.end({ timeout: 5 });
    }
  });

  it('rejects a write on a connection whose backend died instead of throwing from nextWrite (#1208)', async () => {
    const sql = postgres(url, { max: 2, onnotice: () => {} });
    try {
      const reserved = await sql.reserve();
      const [row] = await reserved<{ pid: number }[]>`SELECT pg_backend_pid() AS pid`;
      await sql`SELECT pg_terminate_backend(${row!.pid})`;
      await new Promise((resolve) => setTimeout(resolve, 300));
      const error = await reserved`SELECT 1`.then(
        () => null,
        (e: { code?: string }) => e,
      );
      expect(error?.code).toMatch(/CONNECTION_CLOSED|57P01|CONNECTION_DESTROYED/);
      reserved.release();
    } finally {
      await sql.end({ timeout: 5 });
    }
  });

  it('fails the query, with no unhandled rejection, when a connection is reset during its type lookup', async () => {
    // A proxy in front of the real PostgreSQL cuts the first connection as the driver asks for the array
    // types (a new connection's first round trip), as a database restarting at that moment does (a reset, ECONNRESET).
    const target = new URL(url);
    const sockets: Socket[] = [];
    let cut = false;
    const proxy = createServer((client) => {
      const server = connect(Number(target.port), target.hostname);
      sockets.push(client, server);
      client.on('data', (chunk) => {
        if (!cut && chunk.includes('typarray')) {
          cut = true;
          client.resetAndDestroy();
          server.destroy();
        } else server.write(chunk);
      });
      server.on('data', (chunk) => client.writable && client.write(chunk));
      for (const socket of [client, server]) socket.on('error', () => {});
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    const proxied = new URL(url);
    proxied.port = String((proxy.address() as { port: number }).port);
    const sql = postgres(proxied.toString(), { max: 1, onnotice: () => {}, connect_timeout: 2 });
    try {
      // The query on the cut connection fails like any query on a lost connection (the API answers 503)...
      const first = await sql`SELECT 1 AS ok`.then(
        (rows) => rows,
        (e: { code?: string }) => e.code,
      );
      expect(cut).toBe(true);
      expect([[{ ok: 1 }], 'ECONNRESET']).toContainEqual(first);
      // ...the next one gets a new connection...
      expect(await sql`SELECT 1 AS ok`).toEqual([{ ok: 1 }]);
      // ...and nothing is left rejecting unhandled, which would take a production process down.
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', onUnhandled);
      await sql.end({ timeout: 1 });
      for (const socket of sockets) socket.destroy();
      proxy.close();
    }
  });

  it('keeps a template’s text per call site, and still builds text that fragments and identifiers change', async () => {
    const sql = postgres(url, { max: 1, onnotice: () => {} });
    try {
      // The same call site with a fragment, then an identifier, that differ between calls: the patch's
      // cache of a template's text must not keep the first call's.
      const picked = (fragment: postgres.PendingQuery<postgres.Row[]>) => sql`SELECT ${fragment} AS x`;
      expect(await picked(sql`1`)).toEqual([{ x: 1 }]);
      expect(await picked(sql`2`)).toEqual([{ x: 2 }]);
      const named = (column: string) => sql`SELECT 1 AS ${sql(column)}`;
      expect(await named('a')).toEqual([{ a: 1 }]);
      expect(await named('b')).toEqual([{ b: 1 }]);
      // One call site with parameters of two types: two prepared statements (the signature keeps the types),
      // each reused after its first call, and the right answer from each.
      const echoed = (value: string | Date) => sql`SELECT ${value}::text AS echoed, 'probe-7' AS probe`;
      const day = new Date('2026-12-03T00:00:00Z');
      for (let i = 0; i < 3; i++) {
        expect((await echoed('text'))[0]?.echoed).toBe('text');
        expect((await echoed(day))[0]?.echoed).toMatch(/^2026-12-03/);
      }
      const [prepared] = await sql<{ n: number }[]>`
        SELECT count(*)::int AS n FROM pg_prepared_statements WHERE statement LIKE '%''probe-7''%'
          AND statement NOT LIKE '%pg_prepared_statements%'`;
      expect(prepared?.n).toBe(2);
    } finally {
      await sql.end({ timeout: 5 });
    }
  });

  it('gives results their count, command and columns, outside their keys as before', async () => {
    const sql = postgres(url, { max: 1, onnotice: () => {} });
    try {
      const result = await sql`SELECT 1 AS one UNION ALL SELECT 2`;
      expect([result.count, result.command, result.columns.map((c) => c.name)]).toEqual([
        2,
        'SELECT',
        ['one'],
      ]);
      expect(Object.keys(result)).toEqual(['0', '1']);
      expect(result).toEqual([{ one: 1 }, { one: 2 }]);
      expect(result.map((row) => row.one)).toEqual([1, 2]);
    } finally {
      await sql.end({ timeout: 5 });
    }
  });
});
