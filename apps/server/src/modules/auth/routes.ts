import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { type Static, Type } from 'typebox';
import { Body, Envelope, responses, Uuid } from '../../lib/schemas.js';
import { Email, User } from '../users/schemas.js';
import type { UserService } from '../users/service.js';

const LoginBody = Body({ email: Email, password: Type.String({ minLength: 1, maxLength: 200 }) });
const Token = Type.Object({
  token: Type.String(),
  token_type: Type.Literal('Bearer'),
  expires_at: Type.String(),
  user: User,
});

const Me = Type.Object({
  ...User.properties,
  captaincies: Type.Array(
    Type.Object({ season_id: Uuid, season_name: Type.String(), team_id: Uuid, team_name: Type.String() }),
    { description: 'Teams this account captains (SPEC §6)' },
  ),
});

export const authRoutes: FastifyPluginAsyncTypebox<{
  users: UserService;
  loginRateLimitMax: number;
  captaincies: (userId: string) => Promise<Static<typeof Me>['captaincies']>;
}> = async (app, { users, loginRateLimitMax, captaincies }) => {
  app.post(
    '/auth/login',
    {
      config: {
        rateLimit: {
          max: loginRateLimitMax,
          timeWindow: '1 minute',
          // Per IP here (before the body is read); the users service also limits failed attempts per account.
          keyGenerator: (request) => `login:${request.ip}`,
        },
      },
      schema: {
        tags: ['auth'],
        summary: 'Sign in and receive a bearer token',
        body: LoginBody,
        response: responses({ 200: Envelope(Token) }),
      },
    },
    async (request) => {
      const identity = await users.login(request.body.email, request.body.password);
      const { token, expires_at } = app.issueToken(identity);
      return {
        message: 'Signed in',
        data: { token, token_type: 'Bearer' as const, expires_at, user: await users.get(identity.id) },
      };
    },
  );

  app.get(
    '/auth/me',
    {
      config: { auth: 'VIEWER' },
      schema: {
        tags: ['auth'],
        summary: 'The signed-in account, with its captaincies',
        response: responses({ 200: Envelope(Me) }),
      },
    },
    async (request) => ({
      message: 'Current user',
      data: { ...(await users.get(request.user!.id)), captaincies: await captaincies(request.user!.id) },
    }),
  );
};
