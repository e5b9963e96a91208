import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type postgres from 'postgres';
import type { PostmasterHealth } from '../../db/embedded.js';
import { VERSION } from '../../version.js';
import { Liveness, Readiness } from './schemas.js';
import { type HealthReport, healthService } from './service.js';

export interface HealthOptions {
  sql: postgres.Sql;
  /** The supervised embedded postmaster; absent with an external database. */
  postmaster?: (() => PostmasterHealth) | null;
}

const answer = <Body>(reply: { status(code: number): unknown }, report: HealthReport<Body>) => {
  reply.status(report.healthy ? 200 : 503);
  return report.body;
};

/**
 * Liveness (`/health`, `/health/live`) for restarts, readiness (`/health/ready`, `/api/v1/health`) for
 * routing; what each decides is in service.ts.
 */
export const healthRoutes: FastifyPluginAsyncTypebox<HealthOptions> = async (app, { sql, postmaster }) => {
  const health = healthService({ probe: () => sql`SELECT 1`, postmaster, version: VERSION });

  const live = {
    config: { rateLimit: false, deadline: false as const },
    schema: {
      tags: ['health'],
      summary: 'Liveness: the process is serving (does not wait on the database)',
      response: { 200: Liveness, 503: Liveness },
    },
  };
  app.get('/health', live, async (_request, reply) => answer(reply, health.live()));
  app.get('/health/live', live, async (_request, reply) => answer(reply, health.live()));

  const ready = {
    config: { rateLimit: false },
    schema: {
      tags: ['health'],
      summary: 'Readiness: the API and its database answer',
      response: { 200: Readiness, 503: Readiness },
    },
  };
  app.get('/health/ready', ready, async (_request, reply) => answer(reply, await health.ready()));
  app.get('/api/v1/health', ready, async (_request, reply) => answer(reply, await health.ready()));

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
