import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { Body, Envelope, responses, Timestamp, Uuid } from '../../lib/schemas.js';
import { actorOf } from '../../plugins/auth.js';
import type { CaptainService } from './service.js';

const TeamParams = Type.Object({ id: Uuid, teamId: Uuid });
const CaptainParams = Type.Object({ id: Uuid, teamId: Uuid, userId: Uuid });
const Captain = Type.Object({ user_id: Uuid, email: Type.String(), created_at: Timestamp });
const TeamCaptainsQuery = Type.Object({ season_id: Type.Optional(Uuid) });
const TeamCaptains = Type.Object({
  season_id: Type.Union([Uuid, Type.Null()]),
  captains: Type.Array(Captain),
});

export const captainRoutes: FastifyPluginAsyncTypebox<{ captains: CaptainService }> = async (
  app,
  { captains },
) => {
  // ADMIN, like appointing: the rows are accounts (emails), which only admins see (GET /users is ADMIN).
  app.get(
    '/teams/:id/captains',
    {
      config: { auth: 'ADMIN' },
      schema: {
        tags: ['captains'],
        summary: 'Who captains a team in a season (default: the active season, else the latest)',
        params: Type.Object({ id: Uuid }),
        querystring: TeamCaptainsQuery,
        response: responses({ 200: Envelope(TeamCaptains) }, 404),
      },
    },
    async (request) => ({
      message: 'Captains retrieved',
      data: await captains.ofTeam(request.params.id, request.query.season_id),
    }),
  );

  app.post(
    '/seasons/:id/teams/:teamId/captains',
    {
      config: { auth: 'ADMIN' },
      schema: {
        tags: ['captains'],
        summary: "Appoint a captain: the account may then run its team's fixtures in this season",
        params: TeamParams,
        body: Body({ user_id: Uuid }),
        response: responses({ 201: Envelope(Type.Array(Captain)) }, 404, 409),
      },
    },
    async (request, reply) =>
      reply.status(201).send({
        message: 'Captain appointed',
        data: await captains.appoint(
          actorOf(request),
          request.params.id,
          request.params.teamId,
          request.body.user_id,
        ),
      }),
  );

  app.delete(
    '/seasons/:id/teams/:teamId/captains/:userId',
    {
      config: { auth: 'ADMIN' },
      schema: {
        tags: ['captains'],
        summary: 'Remove a captain',
        params: CaptainParams,
        response: responses({ 200: Envelope(Type.Array(Captain)) }, 404),
      },
    },
    async (request) => ({
      message: 'Captain removed',
      data: await captains.remove(
        actorOf(request),
        request.params.id,
        request.params.teamId,
        request.params.userId,
      ),
    }),
  );
};
