import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { Database } from '../../db/client.js';
import { errors } from '../../errors.js';
import { IdParams, responses } from '../../lib/schemas.js';
import { findSeason } from '../seasons/repository.js';
import type { EventStreamHub } from './hub.js';
import type { StreamCaps } from './stream-caps.js';

export const eventRoutes: FastifyPluginAsyncTypebox<{
  db: Database;
  hub: EventStreamHub;
  corsOrigins: true | string[];
  caps: StreamCaps;
}> = async (app, { db, hub, corsOrigins, caps }) => {
  // The stream is written to the raw socket, past @fastify/cors, so it applies the same allow-list itself.
  const allowed = (origin: string | undefined): origin is string =>
    origin !== undefined && (corsOrigins === true || corsOrigins.includes(origin));

  // Open streams would keep the server from closing; end them when shutdown begins.
  app.addHook('preClose', async () => hub.close());

  app.get(
    '/seasons/:id/events',
    {
      // Open for as long as the client listens: no request deadline (plugins/deadline.ts).
      config: { rateLimit: false, deadline: false },
      schema: {
        tags: ['live'],
        summary:
          'Server-Sent Events: result_recorded, result_voided, points_adjusted, round_finalized (with ids to refresh)',
        params: IdParams,
        response: responses({ 200: Type.String({ description: 'text/event-stream' }) }, 404),
      },
    },
    async (request, reply) => {
      const seasonId = request.params.id;
      if (!(await findSeason(db, seasonId))) throw errors.seasonNotFound(seasonId);

      const release = caps.admit(request.ip);
      reply.hijack();
      const out = reply.raw;
      out.writeHead(200, {
        ...app.securityHeaders,
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-cache, no-transform',
        connection: 'keep-alive',
        'x-accel-buffering': 'no',
        'x-request-id': String(request.id),
        ...(allowed(request.headers.origin)
          ? { 'access-control-allow-origin': request.headers.origin, vary: 'Origin' }
          : {}),
      });
      out.write(`retry: 3000\n: connected to season ${seasonId}\n\n`);

      const leave = hub.add(seasonId, out);
      const remove = () => {
        release();
        leave();
      };
      request.raw.once('close', remove);
      out.once('error', remove);
    },
  );
};
