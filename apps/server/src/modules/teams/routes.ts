import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { Envelope, IdParams, ListEnvelope, responses } from '../../lib/schemas.js';
import { actorOf } from '../../plugins/auth.js';
import { CreateTeamBody, MembersQuery, Team, TeamListQuery, TeamMember, UpdateTeamBody } from './schemas.js';
import type { TeamService } from './service.js';

export const teamRoutes: FastifyPluginAsyncTypebox<{ teams: TeamService }> = async (app, { teams }) => {
  app.get(
    '/teams',
    {
      schema: {
        tags: ['teams'],
        summary: 'List teams',
        querystring: TeamListQuery,
        response: responses({ 200: ListEnvelope(Team) }),
      },
    },
    async (request) => {
      const { q, limit = 50, offset = 0 } = request.query;
      const { rows, total } = await teams.list(q, limit, offset);
      return { message: 'Teams retrieved', data: rows, meta: { total, limit, offset } };
    },
  );

  app.post(
    '/teams',
    {
      config: { auth: 'MODERATOR' },
      schema: {
        tags: ['teams'],
        summary: 'Create a team',
        body: CreateTeamBody,
        response: responses({ 201: Envelope(Team) }, 409),
      },
    },
    async (request, reply) => {
      const team = await teams.create(actorOf(request), request.body);
      return reply.status(201).send({ message: 'Team created', data: team });
    },
  );

  app.get(
    '/teams/:id',
    {
      schema: {
        tags: ['teams'],
        summary: 'Get a team',
        params: IdParams,
        response: responses({ 200: Envelope(Team) }, 404),
      },
    },
    async (request) => ({ message: 'Team retrieved', data: await teams.get(request.params.id) }),
  );

  app.patch(
    '/teams/:id',
    {
      config: { auth: 'MODERATOR' },
      schema: {
        tags: ['teams'],
        summary: 'Update a team',
        params: IdParams,
        body: UpdateTeamBody,
        response: responses({ 200: Envelope(Team) }, 404, 409),
      },
    },
    async (request) => ({
      message: 'Team updated',
      data: await teams.update(actorOf(request), request.params.id, request.body),
    }),
  );

  app.get(
    '/teams/:id/members',
    {
      schema: {
        tags: ['teams'],
        summary: "A team's roster in a season (default: the active season)",
        params: IdParams,
        querystring: MembersQuery,
        response: responses({ 200: Envelope(Type.Array(TeamMember)) }, 404),
      },
    },
    async (request) => ({
      message: 'Team members retrieved',
      data: await teams.members(request.params.id, request.query.season_id),
    }),
  );
};
