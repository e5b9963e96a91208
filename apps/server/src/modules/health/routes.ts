import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type postgres from 'postgres';
import { Type } from 'typebox';
import { VERSION } from '../../version.js';

const Health = Type.Object({
  status: Type.Union([Type.Literal('ok'), Type.Literal('degraded')]),
  database: Type.Union([Type.Literal('ok'), Type.Literal('unavailable')]),
  version: Type.String(),
  error_code: Type.Optional(Type.Literal('DATABASE_UNAVAILABLE')),
});

const PROBE_TIMEOUT_MS = 2_000;

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

export const healthRoutes: FastifyPluginAsyncTypebox<{ sql: postgres.Sql }> = async (app, { sql }) => {
  app.get(
    '/health',
    {
      config: { rateLimit: false },
      schema: {
        tags: ['health'],
        summary: 'Liveness (does not touch the database)',
        response: { 200: Type.Object({ status: Type.Literal('ok') }) },
      },
    },
    async () => ({ status: 'ok' as const }),
  );

  app.get(
    '/api/v1/health',
    {
      config: { rateLimit: false },
      schema: {
        tags: ['health'],
        summary: 'Readiness: the API and its database',
        response: { 200: Health, 503: Health },
      },
    },
    async (_request, reply) => {
      const up = await databaseAnswers(sql);
      if (up) return { status: 'ok' as const, database: 'ok' as const, version: VERSION };
      return reply.status(503).send({
        status: 'degraded',
        database: 'unavailable',
        version: VERSION,
        error_code: 'DATABASE_UNAVAILABLE',
      });
    },
  );
};
