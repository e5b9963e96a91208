import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { Database } from '../../db/client.js';
import { errors } from '../../errors.js';
import { IdParams, responses } from '../../lib/schemas.js';
import { findSeason } from '../seasons/repository.js';
import type { LeagueEvent, LeagueEventBus } from './bus.js';
import type { StreamCaps } from './stream-caps.js';

const PUBLIC_EVENTS = new Set([
  'result_recorded',
  'result_voided',
  'points_adjusted',
  'round_finalized',
  'round_locked',
  'round_unlocked',
  'fixture_updated',
  // SPEC §6 match day. A lineup event names the side only: the positions stay hidden until both are in.
  'lineup_submitted',
  'match_forfeited',
  'fixture_confirmed',
  'fixture_disputed',
  'fixture_resolved',
  'fixture_postponed',
  'fixture_rescheduled',
  'team_withdrawn',
]);

export const eventRoutes: FastifyPluginAsyncTypebox<{
  db: Database;
  bus: LeagueEventBus;
  heartbeatMs: number;
  corsOrigins: true | string[];
  caps: StreamCaps;
}> = async (app, { db, bus, heartbeatMs, corsOrigins, caps }) => {
  // The stream is written to the raw socket, past @fastify/cors, so it applies the same allow-list itself.
  const allowed = (origin: string | undefined): origin is string =>
    origin !== undefined && (corsOrigins === true || corsOrigins.includes(origin));

  // Open streams would keep the server from closing; end them when shutdown begins.
  const open = new Set<() => void>();
  app.addHook('preClose', async () => {
    for (const end of open) end();
  });

  app.get(
    '/seasons/:id/events',
    {
      config: { rateLimit: false },
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

      const send = (event: LeagueEvent) => {
        if (!PUBLIC_EVENTS.has(event.type) || (event.season_id !== null && event.season_id !== seasonId))
          return;
        out.write(`event: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`);
      };
      const unsubscribe = bus.subscribe(send);
      // Proxies close idle connections; a comment line every so often keeps the stream open.
      const heartbeat = setInterval(() => out.write(': heartbeat\n\n'), heartbeatMs);
      const cleanup = () => {
        release();
        clearInterval(heartbeat);
        unsubscribe();
        open.delete(end);
      };
      const end = () => {
        cleanup();
        out.end();
      };
      open.add(end);
      request.raw.once('close', cleanup);
      out.once('error', cleanup);
    },
  );
};
