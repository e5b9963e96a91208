import { createSigner, createVerifier } from 'fast-jwt';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { errors } from '../errors.js';
import { type Role, roleAllows } from '../lib/roles.js';

export interface AuthUser {
  id: string;
  email: string;
  role: Role;
}

export interface Actor {
  userId: string | null;
  requestId: string;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The least role a caller needs; absent means the route is public. */
    auth?: Role;
  }
  interface FastifyRequest {
    user: AuthUser | null;
  }
  interface FastifyInstance {
    issueToken(user: AuthUser): { token: string; expires_at: string };
  }
}

export interface AuthOptions {
  secret: string;
  expiresInSeconds: number;
  /** Looks the account up so a deactivated user or a changed role takes effect at once. */
  findActiveUser(id: string): Promise<AuthUser | null>;
}

async function authPlugin(app: FastifyInstance, options: AuthOptions) {
  const sign = createSigner({
    key: options.secret,
    algorithm: 'HS256',
    expiresIn: options.expiresInSeconds * 1000,
  });
  const verify = createVerifier({ key: options.secret, algorithms: ['HS256'], cache: 1000 });

  app.decorate('issueToken', (user: AuthUser) => ({
    token: sign({ sub: user.id, role: user.role }),
    expires_at: new Date(Date.now() + options.expiresInSeconds * 1000).toISOString(),
  }));
  app.decorateRequest('user', null);

  async function authenticate(request: FastifyRequest): Promise<AuthUser | null> {
    const header = request.headers.authorization;
    if (!header) return null;
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match?.[1]) throw errors.unauthorized('The Authorization header must be "Bearer <token>"');
    let claims: { sub?: unknown };
    try {
      claims = verify(match[1]) as { sub?: unknown };
    } catch (error) {
      const code = (error as { code?: string }).code;
      throw errors.unauthorized(
        code === 'FAST_JWT_EXPIRED' ? 'The token has expired' : 'The token is not valid',
      );
    }
    if (typeof claims.sub !== 'string') throw errors.unauthorized('The token is not valid');
    const user = await options.findActiveUser(claims.sub);
    if (!user) throw errors.unauthorized('The account is unknown or disabled');
    return user;
  }

  // onRequest runs before the body is parsed and validated: an anonymous caller learns 401, never 400.
  // Attached per route (the role is known when the route is registered), so a public read without a token
  // costs one property check and no promise.
  const optional = (request: FastifyRequest, _reply: FastifyReply, done: (error?: Error) => void) => {
    if (!request.headers.authorization) return done();
    authenticate(request)
      .catch(() => null)
      .then((user) => {
        request.user = user;
        done();
      });
  };
  const requiring = (required: Role) => async (request: FastifyRequest) => {
    const user = await authenticate(request);
    if (!user) throw errors.unauthorized();
    if (!roleAllows(user.role, required)) throw errors.forbidden(required);
    request.user = user;
  };

  // Each route's role is written into the OpenAPI document, which the authorization matrix test reads.
  app.addHook('onRoute', (route) => {
    const required = route.config?.auth;
    const hooks = ([] as unknown[]).concat(route.onRequest ?? []);
    route.onRequest = [required ? requiring(required) : optional, ...hooks] as typeof route.onRequest;
    if (!required) return;
    route.schema = {
      ...route.schema,
      security: [{ bearerAuth: [] }],
      'x-required-role': required,
    } as typeof route.schema;
  });
}

export function actorOf(request: FastifyRequest): Actor {
  return { userId: request.user?.id ?? null, requestId: String(request.id) };
}

export default fp(authPlugin, { name: 'auth' });
