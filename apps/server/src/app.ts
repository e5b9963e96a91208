import { randomUUID } from 'node:crypto';
import cors from '@fastify/cors';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyInstance } from 'fastify';
import type { Config } from './config.js';
import type { DatabaseClient } from './db/client.js';
import { errors } from './errors.js';
import { authRoutes } from './modules/auth/routes.js';
import { healthRoutes } from './modules/health/routes.js';
import { playerRoutes } from './modules/players/routes.js';
import { playerService } from './modules/players/service.js';
import { pointLogRoutes } from './modules/points/routes.js';
import { rankRoutes } from './modules/ranks/routes.js';
import { registrationRoutes } from './modules/registrations/routes.js';
import { registrationService } from './modules/registrations/service.js';
import { seasonRoutes } from './modules/seasons/routes.js';
import { seasonService } from './modules/seasons/service.js';
import { teamRoutes } from './modules/teams/routes.js';
import { teamService } from './modules/teams/service.js';
import { userRoutes } from './modules/users/routes.js';
import { userService } from './modules/users/service.js';
import authPlugin from './plugins/auth.js';
import errorsPlugin from './plugins/errors.js';
import openapiPlugin from './plugins/openapi.js';

export interface AppOptions {
  config: Config;
  database: DatabaseClient;
  /** Required: server.ts resolves it (JWT_SECRET, or one kept in DATA_DIR during development). */
  jwtSecret: string;
}

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,100}$/;

/** Builds the whole API without listening; tests drive it with inject(), server.ts adds listen(). */
export async function buildApp({ config, database, jwtSecret }: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: {
      level: config.logLevel,
      redact: ['req.headers.authorization', 'req.headers.cookie'],
      ...(config.env === 'development'
        ? { transport: { target: 'pino-pretty', options: { translateTime: 'HH:MM:ss' } } }
        : {}),
    },
    bodyLimit: 1_048_576,
    trustProxy: config.env === 'production',
    requestIdHeader: false,
    genReqId: (request) => {
      const incoming = request.headers['x-request-id'];
      return typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    },
    ajv: {
      // Unknown body fields must be rejected, not silently dropped (SPEC §4).
      customOptions: { removeAdditional: false, coerceTypes: 'array', useDefaults: true, allErrors: false },
    },
  }).withTypeProvider<TypeBoxTypeProvider>();

  // A POST without a body (e.g. "start season") validates as an empty object, so "required" errors stay precise.
  app.addHook('preValidation', async (request) => {
    if (request.body === undefined && request.routeOptions.schema?.body) request.body = {};
  });

  app.addHook('onSend', async (request, reply) => {
    void reply.header('x-request-id', String(request.id));
  });

  const { db, sql } = database;
  const users = userService(db);

  await app.register(errorsPlugin);
  await app.register(openapiPlugin);
  await app.register(cors, {
    origin: config.corsOrigins,
    methods: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'],
    allowedHeaders: ['Authorization', 'Content-Type', 'Idempotency-Key', 'If-None-Match', 'X-Request-Id'],
    exposedHeaders: ['ETag', 'X-Request-Id', 'Retry-After'],
    maxAge: 600,
  });
  await app.register(helmet, {
    // Swagger UI and the web app use inline styles; scripts stay same-origin only.
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        imgSrc: ["'self'", 'data:', ...(config.cdnBaseUrl ? [config.cdnBaseUrl] : [])],
        styleSrc: ["'self'", "'unsafe-inline'"],
        scriptSrc: ["'self'"],
        connectSrc: ["'self'"],
      },
    },
    crossOriginResourcePolicy: { policy: 'cross-origin' },
  });
  await app.register(rateLimit, {
    global: true,
    max: config.rateLimitMax,
    timeWindow: '1 minute',
    errorResponseBuilder: (_request, context) => errors.rateLimited(Math.ceil(context.ttl / 1000)),
  });
  await app.register(authPlugin, {
    secret: jwtSecret,
    expiresInSeconds: config.jwtExpiresInSeconds,
    findActiveUser: users.findActiveUser,
  });

  await app.register(healthRoutes, { sql });
  await app.register(
    async (api) => {
      await api.register(authRoutes, { users, loginRateLimitMax: config.loginRateLimitMax });
      await api.register(userRoutes, { users });
      await api.register(rankRoutes, { db });
      await api.register(teamRoutes, { teams: teamService(db) });
      await api.register(playerRoutes, { players: playerService(db) });
      await api.register(seasonRoutes, { seasons: seasonService(db) });
      await api.register(registrationRoutes, { registrations: registrationService(db) });
      await api.register(pointLogRoutes, { db });
    },
    { prefix: '/api/v1' },
  );

  app.decorate('users', users);
  return app;
}

declare module 'fastify' {
  interface FastifyInstance {
    users: ReturnType<typeof userService>;
  }
}
