import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Envelope, IdParams, ListEnvelope, responses } from '../../lib/schemas.js';
import { HistoryQuery, PlayerHistory, PlayerListQuery, PlayerMatch, PlayerPointLog } from './schemas.js';
import type { HistoryService } from './service.js';

export const historyRoutes: FastifyPluginAsyncTypebox<{ history: HistoryService }> = async (
  app,
  { history },
) => {
  app.get(
    '/players/:id/history',
    {
      schema: {
        tags: ['history'],
        summary: "A player's seasons, matches, point log, rank history and per-round positions",
        description:
          'Matches and point logs come as a first page (`limit`); page on with /players/{id}/matches and /players/{id}/point-logs.',
        params: IdParams,
        querystring: HistoryQuery,
        response: responses({ 200: Envelope(PlayerHistory) }, 404),
      },
    },
    async (request) => ({
      message: 'Player history retrieved',
      data: await history.history(request.params.id, request.query.season_id, request.query.limit ?? 20),
    }),
  );

  app.get(
    '/players/:id/matches',
    {
      schema: {
        tags: ['history'],
        summary: "A player's recorded matches, newest first: opponents, sets, points earned",
        params: IdParams,
        querystring: PlayerListQuery,
        response: responses({ 200: ListEnvelope(PlayerMatch) }, 404),
      },
    },
    async (request) => {
      const { season_id, limit = 50, offset = 0 } = request.query;
      const { rows, total } = await history.matches(request.params.id, season_id, { limit, offset });
      return { message: 'Player matches retrieved', data: rows, meta: { total, limit, offset } };
    },
  );

  app.get(
    '/players/:id/point-logs',
    {
      schema: {
        tags: ['history'],
        summary: "A player's point log across seasons, newest first",
        params: IdParams,
        querystring: PlayerListQuery,
        response: responses({ 200: ListEnvelope(PlayerPointLog) }, 404),
      },
    },
    async (request) => {
      const { season_id, limit = 50, offset = 0 } = request.query;
      const { rows, total } = await history.pointLogs(request.params.id, season_id, { limit, offset });
      return { message: 'Player point logs retrieved', data: rows, meta: { total, limit, offset } };
    },
  );
};
