import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Envelope, IdParams, ListEnvelope, responses } from '../../lib/schemas.js';
import { actorOf } from '../../plugins/auth.js';
import { CreatePlayerBody, Player, PlayerListQuery, PlayerSearchQuery, UpdatePlayerBody } from './schemas.js';
import { type PlayerService, playerView } from './service.js';

export const playerRoutes: FastifyPluginAsyncTypebox<{ players: PlayerService }> = async (
  app,
  { players },
) => {
  const isAdmin = (request: { user: { role: string } | null }) => request.user?.role === 'ADMIN';

  app.get(
    '/players',
    {
      schema: {
        tags: ['players'],
        summary: 'List players',
        querystring: PlayerListQuery,
        response: responses({ 200: ListEnvelope(Player) }),
      },
    },
    async (request) => {
      const { q, is_active, limit = 50, offset = 0 } = request.query;
      const { rows, total } = await players.list({ q, isActive: is_active }, limit, offset);
      return {
        message: 'Players retrieved',
        data: rows.map((row) => playerView(row, isAdmin(request))),
        meta: { total, limit, offset },
      };
    },
  );

  app.get(
    '/players/search',
    {
      schema: {
        tags: ['players'],
        summary: 'Search players by name, ignoring case and Vietnamese diacritics',
        querystring: PlayerSearchQuery,
        response: responses({ 200: ListEnvelope(Player) }),
      },
    },
    async (request) => {
      const { q, limit = 50, offset = 0 } = request.query;
      const { rows, total } = await players.list({ q }, limit, offset);
      return {
        message: 'Players found',
        data: rows.map((row) => playerView(row, isAdmin(request))),
        meta: { total, limit, offset },
      };
    },
  );

  app.post(
    '/players',
    {
      config: { auth: 'MODERATOR' },
      schema: {
        tags: ['players'],
        summary: 'Create a player',
        body: CreatePlayerBody,
        response: responses({ 201: Envelope(Player) }),
      },
    },
    async (request, reply) => {
      const player = await players.create(actorOf(request), request.body);
      return reply
        .status(201)
        .send({ message: 'Player created', data: playerView(player, isAdmin(request)) });
    },
  );

  app.get(
    '/players/:id',
    {
      schema: {
        tags: ['players'],
        summary: 'Get a player',
        params: IdParams,
        response: responses({ 200: Envelope(Player) }, 404),
      },
    },
    async (request) => ({
      message: 'Player retrieved',
      data: playerView(await players.get(request.params.id), isAdmin(request)),
    }),
  );

  for (const method of ['PUT', 'PATCH'] as const) {
    app.route({
      method,
      url: '/players/:id',
      config: { auth: 'MODERATOR' },
      schema: {
        tags: ['players'],
        summary:
          method === 'PUT'
            ? 'Update a player (same as PATCH, kept for the original client)'
            : 'Update a player',
        params: IdParams,
        body: UpdatePlayerBody,
        response: responses({ 200: Envelope(Player) }, 404),
      },
      handler: async (request) => ({
        message: 'Player updated',
        data: playerView(
          await players.update(actorOf(request), request.params.id, request.body),
          isAdmin(request),
        ),
      }),
    });
  }
};
