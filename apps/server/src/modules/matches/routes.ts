import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Envelope, IdParams, responses } from '../../lib/schemas.js';
import { actorOf } from '../../plugins/auth.js';
import { CreateMatchBody, Match } from './schemas.js';
import type { MatchService } from './service.js';

export const matchRoutes: FastifyPluginAsyncTypebox<{ matches: MatchService }> = async (app, { matches }) => {
  app.post(
    '/matches',
    {
      config: { auth: 'MODERATOR' },
      schema: {
        tags: ['matches'],
        summary: 'Enter a lineup: a SINGLE or DOUBLE match inside a fixture',
        body: CreateMatchBody,
        response: responses({ 201: Envelope(Match) }, 404, 409),
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send({ message: 'Match created', data: await matches.create(actorOf(request), request.body) }),
  );

  app.get(
    '/matches/:id',
    {
      schema: {
        tags: ['matches'],
        summary: 'A match with its sets and snapshots',
        params: IdParams,
        response: responses({ 200: Envelope(Match) }, 404),
      },
    },
    async (request) => ({ message: 'Match retrieved', data: await matches.get(request.params.id) }),
  );
};
