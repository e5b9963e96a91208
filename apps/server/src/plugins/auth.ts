import { createSigner, createVerifier } from 'fast-jwt';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { errors } from '../errors.js';
import { type Role, roleAllows } from '../lib/roles.js';
import type { CaptainScope } from '../modules/captains/repository.js';

export interface AuthUser {
  id: string;
  email: string;
  role: Role;
}

export interface Actor {
  userId: string | null;
  requestId: string;
  /** Absent for system work (startup, sweeps); services treat that as league-wide rights. */
  role?: Role | null;
  /** Set when the caller reached the route only as a captain: the fixture's teams they captain. */
  captainTeams?: string[];
}

/** MODERATOR+ (or the system) act league-wide; everyone else here is a captain with a fixture's scope. */
export const isOfficial = (actor: Actor) => actor.captainTeams === undefined;

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The least role a caller needs; absent means the route is public. */
    auth?: Role;
    /**
     * SPEC §6 captains: a caller below `auth` still passes when they captain a team of the fixture
     * named (directly or through a match) by the `id` path parameter; the service checks the side.
     */
    captain?: 'fixture' | 'match';
  }
  interface FastifyRequest {
    user: AuthUser | null;
    captainScope: CaptainScope | null;
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
  findCaptainScope(userId: string, kind: 'fixture' | 'match', id: string): Promise<CaptainScope | null>;
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
  app.decorateRequest('captainScope', null);

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
    request.user = user;
    if (roleAllows(user.role, required)) return;
    const kind = request.routeOptions.config.captain;
    const id = (request.params as { id?: string } | undefined)?.id;
    const scope = kind && id ? await options.findCaptainScope(user.id, kind, id) : null;
    if (!scope) throw errors.forbidden(required);
    request.captainScope = scope;
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
      ...(route.config?.captain ? { 'x-captain': route.config.captain } : {}),
    } as typeof route.schema;
  });
}

export function actorOf(request: FastifyRequest): Actor {
  return {
    userId: request.user?.id ?? null,
    requestId: String(request.id),
    role: request.user?.role ?? null,
    ...(request.captainScope ? { captainTeams: request.captainScope.team_ids } : {}),
  };
}

export default fp(authPlugin, { name: 'auth' });
