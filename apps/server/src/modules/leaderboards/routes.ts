import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { IdParams, responses } from '../../lib/schemas.js';
import type { CachedBody } from './cache.js';
import { LeaderboardQuery, LeaderboardResponse, StandingsQuery, StandingsResponse } from './schemas.js';
import type { LeaderboardService } from './service.js';

/** Sends a pre-serialized body, or 304 when the client already holds this version. */
function sendCached(request: FastifyRequest, reply: FastifyReply, cached: CachedBody) {
  void reply.header('etag', cached.etag).header('cache-control', 'no-cache');
  if (request.headers['if-none-match'] === cached.etag) return reply.status(304).send();
  return reply.type('application/json; charset=utf-8').send(cached.body);
}

export const leaderboardRoutes: FastifyPluginAsyncTypebox<{ leaderboards: LeaderboardService }> = async (
  app,
  { leaderboards },
) => {
  app.get(
    '/seasons/:id/leaderboard',
    {
      schema: {
        tags: ['leaderboards'],
        summary:
          'Season leaderboard: points, then wins, then fewer matches, then name; ties share a position',
        description: 'Always fresh after a write. Sends an ETag; If-None-Match answers 304 when unchanged.',
        params: IdParams,
        querystring: LeaderboardQuery,
        response: responses(
          { 200: LeaderboardResponse, 304: { type: 'null', description: 'Not modified' } },
          404,
        ),
      },
    },
    async (request, reply) => {
      const { team_id, rank_id, division_id, limit = 50, offset = 0 } = request.query;
      const cached = await leaderboards.leaderboard(
        request.params.id,
        { teamId: team_id, rankId: rank_id, divisionId: division_id },
        limit,
        offset,
      );
      return sendCached(request, reply, cached);
    },
  );

  app.get(
    '/seasons/:id/standings',
    {
      schema: {
        tags: ['leaderboards'],
        summary: 'Team standings: league points, match, set and ball difference, head-to-head',
        params: IdParams,
        querystring: StandingsQuery,
        response: responses(
          { 200: StandingsResponse, 304: { type: 'null', description: 'Not modified' } },
          404,
        ),
      },
    },
    async (request, reply) =>
      sendCached(request, reply, await leaderboards.standings(request.params.id, request.query.division_id)),
  );
};
