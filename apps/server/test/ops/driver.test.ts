import postgres from 'postgres';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../helpers/app.js';

// postgres.js 3.4.9 (the newest release) carries two known defects; patches/postgres+3.4.9.patch fixes
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
});
