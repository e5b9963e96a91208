import { describe, expect, it } from 'vitest';
import type { PostmasterHealth } from '../../db/embedded.js';
import { databaseAnswers, healthService, LIVENESS_GRACE_MS, liveness, readiness } from './service.js';

const NOW = Date.parse('2026-12-02T03:00:00Z');
const up: PostmasterHealth = { up: true, restarts: 2, downSince: null };
const downFor = (ms: number): PostmasterHealth => ({ up: false, restarts: 1, downSince: NOW - ms });

describe('liveness', () => {
  it('is ok with an external database, whatever happens to it', () => {
    expect(liveness(undefined, NOW)).toEqual({ healthy: true, body: { status: 'ok' } });
  });

  it('stays ok while the supervisor still has time to bring the postmaster back', () => {
    expect(liveness(up, NOW).healthy).toBe(true);
    expect(liveness(downFor(5_000), NOW).healthy).toBe(true);
    expect(liveness(downFor(LIVENESS_GRACE_MS), NOW).healthy).toBe(true);
  });

  it('fails once the postmaster has stayed down past the grace', () => {
    expect(liveness(downFor(LIVENESS_GRACE_MS + 1), NOW)).toEqual({
      healthy: false,
      body: { status: 'failing', error_code: 'EMBEDDED_DATABASE_DOWN' },
    });
  });
});

describe('readiness', () => {
  it('is ok when the database answered, without a postmaster block for an external database', () => {
    expect(readiness(undefined, true, '1.2.3')).toEqual({
      healthy: true,
      body: { status: 'ok', database: 'ok', version: '1.2.3' },
    });
  });

  it('reports the supervised postmaster beside the answer', () => {
    expect(readiness(up, true, '1.2.3').body).toEqual({
      status: 'ok',
      database: 'ok',
      version: '1.2.3',
      postmaster: { up: true, restarts: 2, down_since: null },
    });
  });

  it('is degraded with DATABASE_UNAVAILABLE when the database did not answer', () => {
    expect(readiness(undefined, false, '1.2.3')).toEqual({
      healthy: false,
      body: {
        status: 'degraded',
        database: 'unavailable',
        version: '1.2.3',
        error_code: 'DATABASE_UNAVAILABLE',
      },
    });
  });

  it('is degraded while the postmaster is down, saying since when', () => {
    const report = readiness(downFor(3_000), true, '1.2.3');
    expect(report.healthy).toBe(false);
    expect(report.body).toMatchObject({
      error_code: 'DATABASE_UNAVAILABLE',
      postmaster: { up: false, restarts: 1, down_since: '2026-12-02T02:59:57.000Z' },
    });
  });
});

describe('the database probe', () => {
  it('answers true when the query succeeds and false when it fails', async () => {
    expect(await databaseAnswers(async () => [{ '?column?': 1 }])).toBe(true);
    expect(await databaseAnswers(() => Promise.reject(new Error('connection refused')))).toBe(false);
    expect(
      await databaseAnswers(() => {
        throw new Error('pool ended');
      }),
    ).toBe(false);
  });

  it('gives up on a query that never answers', async () => {
    expect(await databaseAnswers(() => new Promise(() => {}), 5)).toBe(false);
  });
});

describe('the health service', () => {
  it('does not probe a database whose postmaster is known to be down', async () => {
    let probes = 0;
    const probe = async () => {
      probes++;
    };
    let state = downFor(1_000);
    const health = healthService({ probe, postmaster: () => state, version: 'v', now: () => NOW });
    expect((await health.ready()).healthy).toBe(false);
    expect(probes).toBe(0);
    state = up;
    expect((await health.ready()).healthy).toBe(true);
    expect(probes).toBe(1);
  });

  it('reads the supervisor at each call, on the clock it is given', () => {
    let now = NOW;
    const health = healthService({
      probe: async () => {},
      postmaster: () => downFor(0),
      version: 'v',
      now: () => now,
    });
    expect(health.live().healthy).toBe(true);
    now = NOW + LIVENESS_GRACE_MS + 1;
    expect(health.live().healthy).toBe(false);
  });
});
