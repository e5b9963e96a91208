import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { errors } from '../../errors.js';
import { IdParams, responses } from '../../lib/schemas.js';
import { LeaderboardResponse, LivePageQuery, StandingsQuery, StandingsResponse } from './schemas.js';
import { sendCached } from './send-cached.js';
import type { LeaderboardService } from './service.js';

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
        description:
          'Always fresh after a write. Sends an ETag; If-None-Match answers 304 when unchanged. Page with ' +
          '`after=<meta.next_cursor>` (the same cost at any depth) or with `offset` (cost grows with it).',
        params: IdParams,
        querystring: LivePageQuery,
        response: responses(
          { 200: LeaderboardResponse, 304: { type: 'null', description: 'Not modified' } },
          404,
        ),
      },
    },
    async (request, reply) => {
      const { team_id, rank_id, division_id, q, limit = 50, offset = 0, after } = request.query;
      if (after !== undefined && offset !== 0)
        throw errors.invalidInput('Page with either after or offset, not both', { field: 'after' });
      const cached = await leaderboards.leaderboard(
        request.params.id,
        { teamId: team_id, rankId: rank_id, divisionId: division_id, q: q?.trim() || undefined },
        limit,
        after ?? offset,
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
