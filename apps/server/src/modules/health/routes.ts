import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type postgres from 'postgres';
import { Type } from 'typebox';
import type { PostmasterHealth } from '../../db/embedded.js';
import { VERSION } from '../../version.js';

const Postmaster = Type.Object({
  up: Type.Boolean(),
  restarts: Type.Integer({ minimum: 0 }),
  down_since: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
});

const Readiness = Type.Object({
  status: Type.Union([Type.Literal('ok'), Type.Literal('degraded')]),
  database: Type.Union([Type.Literal('ok'), Type.Literal('unavailable')]),
  version: Type.String(),
  error_code: Type.Optional(Type.Literal('DATABASE_UNAVAILABLE')),
  postmaster: Type.Optional(Postmaster),
});

const Liveness = Type.Object({
  status: Type.Union([Type.Literal('ok'), Type.Literal('failing')]),
  error_code: Type.Optional(Type.Literal('EMBEDDED_DATABASE_DOWN')),
});

const PROBE_TIMEOUT_MS = 2_000;
/** The supervisor restarts a dead embedded postmaster within seconds; past this it is not going to. */
export const LIVENESS_GRACE_MS = 120_000;

/** A health check must answer quickly even when the database hangs, so the probe races a timer. */
async function databaseAnswers(sql: postgres.Sql): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), PROBE_TIMEOUT_MS);
  });
  try {
    return await Promise.race([
      sql`SELECT 1`.then(
        () => true,
        () => false,
      ),
      timeout,
    ]);
  } finally {
    clearTimeout(timer);
  }
}

export interface HealthOptions {
  sql: postgres.Sql;
  /** The supervised embedded postmaster; absent with an external database. */
  postmaster?: (() => PostmasterHealth) | null;
}

/**
 * Liveness (`/health`, `/health/live`) answers "is this process worth keeping?": it never waits on the
 * database, and fails only when the embedded postmaster has stayed down past the supervisor's grace, which
 * a restart of the process would fix. Readiness (`/health/ready`, `/api/v1/health`) answers "send traffic
 * here?": the database must answer now. An external database being down never fails liveness: restarting
 * the API would not bring it back.
 */
export const healthRoutes: FastifyPluginAsyncTypebox<HealthOptions> = async (app, { sql, postmaster }) => {
  const live = {
    config: { rateLimit: false, deadline: false as const },
    schema: {
      tags: ['health'],
      summary: 'Liveness: the process is serving (does not wait on the database)',
      response: { 200: Liveness, 503: Liveness },
    },
  };
  const liveness = async (_request: unknown, reply: { status(code: number): unknown }) => {
    const state = postmaster?.();
    if (state?.downSince && Date.now() - state.downSince > LIVENESS_GRACE_MS) {
      reply.status(503);
      return { status: 'failing' as const, error_code: 'EMBEDDED_DATABASE_DOWN' as const };
    }
    return { status: 'ok' as const };
  };
  app.get('/health', live, liveness);
  app.get('/health/live', live, liveness);

  const ready = {
    config: { rateLimit: false },
    schema: {
      tags: ['health'],
      summary: 'Readiness: the API and its database answer',
      response: { 200: Readiness, 503: Readiness },
    },
  };
  const readiness = async (_request: unknown, reply: { status(code: number): unknown }) => {
    const state = postmaster?.();
    const details = state
      ? {
          postmaster: {
            up: state.up,
            restarts: state.restarts,
            down_since: state.downSince ? new Date(state.downSince).toISOString() : null,
          },
        }
      : {};
    if (state?.up !== false && (await databaseAnswers(sql)))
      return { status: 'ok' as const, database: 'ok' as const, version: VERSION, ...details };
    reply.status(503);
    return {
      status: 'degraded' as const,
      database: 'unavailable' as const,
      version: VERSION,
      error_code: 'DATABASE_UNAVAILABLE' as const,
      ...details,
    };
  };
  app.get('/health/ready', ready, readiness);
  app.get('/api/v1/health', ready, readiness);

  if (postmaster) {
    app.metrics.gauge({
      name: 'pingpong_embedded_postgres_up',
      help: '1 while the supervised embedded PostgreSQL runs',
      collect() {
        this.set(postmaster().up ? 1 : 0);
      },
    });
    app.metrics.gauge({
      name: 'pingpong_embedded_postgres_restarts',
      help: 'Times the supervisor restarted the embedded PostgreSQL since start-up',
      collect() {
        this.set(postmaster().restarts);
      },
    });
  }
};
