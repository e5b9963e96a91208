import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Envelope, IdParams, ListEnvelope, responses } from '../../lib/schemas.js';
import { actorOf } from '../../plugins/auth.js';
import { CreateUserBody, UpdateUserBody, User, UserListQuery } from './schemas.js';
import type { UserService } from './service.js';

export const userRoutes: FastifyPluginAsyncTypebox<{ users: UserService }> = async (app, { users }) => {
  app.get(
    '/users',
    {
      config: { auth: 'ADMIN' },
      schema: {
        tags: ['users'],
        summary: 'List accounts',
        querystring: UserListQuery,
        response: responses({ 200: ListEnvelope(User) }),
      },
    },
    async (request) => {
      const { limit = 50, offset = 0 } = request.query;
      const { rows, total } = await users.list(limit, offset);
      return { message: 'Users retrieved', data: rows, meta: { total, limit, offset } };
    },
  );

  app.post(
    '/users',
    {
      config: { auth: 'ADMIN' },
      schema: {
        tags: ['users'],
        summary: 'Create an account',
        body: CreateUserBody,
        response: responses({ 201: Envelope(User) }, 409),
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send({ message: 'User created', data: await users.create(actorOf(request), request.body) }),
  );

  app.patch(
    '/users/:id',
    {
      config: { auth: 'ADMIN' },
      schema: {
        tags: ['users'],
        summary: 'Change role, status, password or name',
        params: IdParams,
        body: UpdateUserBody,
        response: responses({ 200: Envelope(User) }, 404, 409),
      },
    },
    async (request) => ({
      message: 'User updated',
      data: await users.update(actorOf(request), request.params.id, request.body),
    }),
  );
};
