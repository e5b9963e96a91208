import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Envelope, IdParams, responses } from '../../lib/schemas.js';
import { HeadToHead, HeadToHeadQuery, PlayerStats, SeasonFilterQuery, TeamStats } from './schemas.js';
import type { StatsService } from './service.js';

export const statsRoutes: FastifyPluginAsyncTypebox<{ stats: StatsService }> = async (app, { stats }) => {
  app.get(
    '/players/:id/stats',
    {
      schema: {
        tags: ['stats'],
        summary:
          'A player’s record: win rate, games, rally points, streaks, singles/doubles, by opponent rank',
        description: 'Over every season, or one with season_id.',
        params: IdParams,
        querystring: SeasonFilterQuery,
        response: responses({ 200: Envelope(PlayerStats) }, 404),
      },
    },
    async (request) => ({
      message: 'Player statistics retrieved',
      data: await stats.player(request.params.id, request.query.season_id),
    }),
  );

  app.get(
    '/head-to-head',
    {
      schema: {
        tags: ['stats'],
        summary: 'Every meeting of two players on opposite sides (singles and doubles), with the last scores',
        querystring: HeadToHeadQuery,
        response: responses({ 200: Envelope(HeadToHead) }, 404),
      },
    },
    async (request) => {
      const { player_a, player_b, season_id, match_type, limit = 10 } = request.query;
      return {
        message: 'Head-to-head retrieved',
        data: await stats.headToHead(
          player_a,
          player_b,
          { seasonId: season_id, matchType: match_type },
          limit,
        ),
      };
    },
  );

  app.get(
    '/teams/:id/stats',
    {
      schema: {
        tags: ['stats'],
        summary: 'A team’s record: fixtures (home/away), league points, matches, sets, balls, form, players',
        description: 'Over every season, or one with season_id. Fixtures count once COMPLETED or WALKOVER.',
        params: IdParams,
        querystring: SeasonFilterQuery,
        response: responses({ 200: Envelope(TeamStats) }, 404),
      },
    },
    async (request) => ({
      message: 'Team statistics retrieved',
      data: await stats.team(request.params.id, request.query.season_id),
    }),
  );
};
