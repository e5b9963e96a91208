import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Envelope, IdParams, ListEnvelope, responses } from '../../lib/schemas.js';
import { actorOf } from '../../plugins/auth.js';
import {
  PlayerSeason,
  RegisterPlayerBody,
  RegistrationListQuery,
  UpdatePlayerSeasonBody,
} from './schemas.js';
import type { RegistrationService } from './service.js';

export const registrationRoutes: FastifyPluginAsyncTypebox<{ registrations: RegistrationService }> = async (
  app,
  { registrations },
) => {
  app.get(
    '/seasons/:id/players',
    {
      schema: {
        tags: ['registrations'],
        summary: 'Players registered in a season',
        params: IdParams,
        querystring: RegistrationListQuery,
        response: responses({ 200: ListEnvelope(PlayerSeason) }, 404),
      },
    },
    async (request) => {
      const { team_id, status, limit = 50, offset = 0 } = request.query;
      const { rows, total } = await registrations.list(
        request.params.id,
        { teamId: team_id, status },
        limit,
        offset,
      );
      return { message: 'Registrations retrieved', data: rows, meta: { total, limit, offset } };
    },
  );

  app.post(
    '/seasons/:id/players',
    {
      config: { auth: 'ADMIN' },
      schema: {
        tags: ['registrations'],
        summary: 'Register a player for a season (opening points are logged as INITIAL)',
        params: IdParams,
        body: RegisterPlayerBody,
        response: responses({ 201: Envelope(PlayerSeason) }, 404, 409),
      },
    },
    async (request, reply) =>
      reply.status(201).send({
        message: 'Player registered',
        data: await registrations.register(actorOf(request), request.params.id, request.body),
      }),
  );

  app.get(
    '/player-seasons/:id',
    {
      schema: {
        tags: ['registrations'],
        summary: 'One registration',
        params: IdParams,
        response: responses({ 200: Envelope(PlayerSeason) }, 404),
      },
    },
    async (request) => ({
      message: 'Registration retrieved',
      data: await registrations.get(request.params.id),
    }),
  );

  app.patch(
    '/player-seasons/:id',
    {
      config: { auth: 'ADMIN' },
      schema: {
        tags: ['registrations'],
        summary: 'Transfer to another team, change rank, status or display order',
        params: IdParams,
        body: UpdatePlayerSeasonBody,
        response: responses({ 200: Envelope(PlayerSeason) }, 404, 409),
      },
    },
    async (request) => ({
      message: 'Registration updated',
      data: await registrations.update(actorOf(request), request.params.id, request.body),
    }),
  );
};
