import { randomUUID } from 'node:crypto';
import cors from '@fastify/cors';
import rateLimit from '@fastify/rate-limit';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import type { Config } from './config.js';
import type { DatabaseClient } from './db/client.js';
import type { PostmasterHealth } from './db/embedded.js';
import { errors } from './errors.js';
import { type Clock, systemClock } from './lib/clock.js';
import { hooksOf, isWriteRoute } from './lib/route-hooks.js';
import { SharedCounters, sharedRateLimitStore } from './lib/shared-counters.js';
import { auditRoutes } from './modules/audit/routes.js';
import { auditService } from './modules/audit/service.js';
import { authRoutes } from './modules/auth/routes.js';
import { captaincies, captainScope } from './modules/captains/repository.js';
import { captainRoutes } from './modules/captains/routes.js';
import { captainService } from './modules/captains/service.js';
import { divisionRoutes } from './modules/divisions/routes.js';
import { divisionService } from './modules/divisions/service.js';
import { LeagueEventBus } from './modules/events/bus.js';
import { EventStreamHub } from './modules/events/hub.js';
import { eventRoutes } from './modules/events/routes.js';
import { StreamCaps } from './modules/events/stream-caps.js';
import { exportRoutes } from './modules/exports/routes.js';
import { exportService } from './modules/exports/service.js';
import { matchDayRoutes } from './modules/fixtures/match-day-routes.js';
import { matchDayService } from './modules/fixtures/match-day-service.js';
import { fixtureRoutes } from './modules/fixtures/routes.js';
import { fixtureService } from './modules/fixtures/service.js';
import { healthRoutes } from './modules/health/routes.js';
import { historyRoutes } from './modules/history/routes.js';
import { historyService } from './modules/history/service.js';
import { importRoutes } from './modules/imports/routes.js';
import { importService } from './modules/imports/service.js';
import { integrityRoutes } from './modules/integrity/routes.js';
import { ReadCache } from './modules/leaderboards/cache.js';
import { leaderboardRoutes } from './modules/leaderboards/routes.js';
import { leaderboardService } from './modules/leaderboards/service.js';
import { lineupRoutes } from './modules/lineups/routes.js';
import { lineupService } from './modules/lineups/service.js';
import { matchRoutes } from './modules/matches/routes.js';
import { matchService } from './modules/matches/service.js';
import { playerRoutes } from './modules/players/routes.js';
import { playerService } from './modules/players/service.js';
import { pointRoutes } from './modules/points/routes.js';
import { pointService } from './modules/points/service.js';
import { rankRoutes } from './modules/ranks/routes.js';
import { rankService } from './modules/ranks/service.js';
import { registrationRoutes } from './modules/registrations/routes.js';
import { registrationService } from './modules/registrations/service.js';
import { resultRoutes } from './modules/results/routes.js';
import { resultService } from './modules/results/service.js';
import { roundsFinishPolicy } from './modules/rounds/finish-policy.js';
import { roundRoutes } from './modules/rounds/routes.js';
import { roundService } from './modules/rounds/service.js';
import { roundTableService } from './modules/rounds/snapshot-service.js';
import { rolloverService } from './modules/seasons/rollover.js';
import { seasonRoutes } from './modules/seasons/routes.js';
import { seasonService } from './modules/seasons/service.js';
import { withdrawalService } from './modules/seasons/withdrawal.js';
import { statsRoutes } from './modules/stats/routes.js';
import { statsService } from './modules/stats/service.js';
import { teamRoutes } from './modules/teams/routes.js';
import { teamService } from './modules/teams/service.js';
import { uploadFileRoutes, uploadRoutes } from './modules/uploads/routes.js';
import { uploadService } from './modules/uploads/service.js';
import { imageOrigins, uploadStorage } from './modules/uploads/storage.js';
import { userRoutes } from './modules/users/routes.js';
import { userService } from './modules/users/service.js';
import authPlugin from './plugins/auth.js';
import deadlinePlugin from './plugins/deadline.js';
import errorsPlugin, { sendError } from './plugins/errors.js';
import idempotencyPlugin from './plugins/idempotency.js';
import metricsPlugin from './plugins/metrics.js';
import openapiPlugin from './plugins/openapi.js';
import securityHeadersPlugin from './plugins/security-headers.js';
import { webPlugin } from './plugins/web.js';
import { currentRequest, withinRequest } from './request-context.js';

export interface AppOptions {
  config: Config;
  database: DatabaseClient;
  /** Required: server.ts resolves it (JWT_SECRET, or one kept in DATA_DIR during development). */
  jwtSecret: string;
  /** How often open event streams get a heartbeat comment. */
  heartbeatMs?: number;
  /** The supervised embedded postmaster's state, for the health endpoints and metrics. */
  postmaster?: (() => PostmasterHealth) | null;
  /** Now, for confirmation deadlines; tests pass a clock they can move. */
  clock?: Clock;
}

const CONFIRMATION_SWEEP_MS = 60_000;
/** How often Node checks open sockets against the header and request timeouts. */
const CONNECTIONS_CHECK_MS = 1_000;
const REQUEST_ID = /^[A-Za-z0-9._:-]{1,100}$/;

type HookDone = (error: Error | null, payload: unknown) => void;

/** Builds the whole API without listening; tests drive it with inject(), server.ts adds listen(). */
export async function buildApp({
  config,
  database,
  jwtSecret,
  heartbeatMs = 15_000,
  postmaster = null,
  clock = systemClock,
}: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: {
      level: config.logLevel,
      redact: ['req.headers.authorization', 'req.headers.cookie'],
      ...(config.env === 'development'
        ? { transport: { target: 'pino-pretty', options: { translateTime: 'HH:MM:ss' } } }
        : {}),
    },
    bodyLimit: 1_048_576,
    // A slow client may not hold a socket for ever: the whole request (headers and body) must arrive within
    // this (uploads on a weak phone connection need the most), the headers alone within headersTimeout below.
    requestTimeout: config.requestTimeoutMs,
    http: {
      headersTimeout: Math.min(config.headersTimeoutMs, config.requestTimeoutMs),
      // Node enforces both timeouts only when it sweeps its connections, every 30 s by default: a client
      // sending its headers a byte a second was answered at 30 s, not at headersTimeout. A sweep walks a
      // list of the open sockets, cheap even with thousands of event streams open.
      connectionsCheckingInterval: CONNECTIONS_CHECK_MS,
    },
    trustProxy: config.trustProxy,
    requestIdHeader: false,
    // Malformed percent-encoding and over-long path parameters fail before routing; same envelope as the rest.
    frameworkErrors: sendError,
    genReqId: (request) => {
      const incoming = request.headers['x-request-id'];
      return typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    },
    ajv: {
      // Unknown body fields must be rejected, not silently dropped (SPEC §4).
      // multipleOfPrecision: 0.07 / 0.01 is 7.000000000000001 in floating point; without it 0.07 points is refused.
      customOptions: {
        removeAdditional: false,
        coerceTypes: 'array',
        useDefaults: true,
        allErrors: false,
        multipleOfPrecision: 6,
      },
    },
  }).withTypeProvider<TypeBoxTypeProvider>();

  // Hooks every request runs are callbacks (no promise each); per-route ones are attached only to the routes
  // that need them, so a cached read pays for neither (bench/README.md, "leaderboard read").
  app.addHook('onRequest', (request, reply, done) => {
    void reply.header('x-request-id', request.id);
    done();
  });

  // A POST without a body (e.g. "start season") validates as an empty object, so "required" errors stay precise.
  const emptyBody = (request: FastifyRequest, _reply: FastifyReply, done: () => void) => {
    if (request.body === undefined) request.body = {};
    done();
  };

  const { db, sql } = database;
  // Rate limits and the login throttle count in PostgreSQL: N instances behind a balancer limit as one.
  const counters = new SharedCounters(sql);
  counters.start();
  app.addHook('onClose', () => counters.stop());
  const users = userService(db, {
    loginAttempts: { max: config.loginMaxFailures, windowSeconds: config.loginFailureWindowSeconds },
    counters,
  });
  const bus = new LeagueEventBus(sql);
  const cache = new ReadCache();
  bus.subscribe(() => cache.invalidate());
  await bus.start({
    badPayload: (error) => app.log.warn({ err: error }, 'bad event notification'),
    notifyFailed: (error, events) =>
      app.log.error({ err: error, events }, 'NOTIFY failed: other instances missed these events'),
    resubscribed: () => app.log.warn('LISTEN re-established after a lost connection; caches dropped'),
  });
  const eventStreams = new EventStreamHub(bus, heartbeatMs);
  app.addHook('onClose', () => bus.stop());
  bus.subscribe(() => {
    const scope = currentRequest()?.events;
    if (scope) scope.published = true;
  });
  // Writes whose use case published no league event of its own (registry changes) still invalidate every
  // read model, here and on other instances. Whether it published is seen, not declared: the bus's
  // listeners run synchronously inside the request's async context, which marks it. Only authenticated
  // writes can owe a league_changed, so only their routes enter the scope and check it; the check runs
  // before the response leaves and after a keyed write's commit (idempotency.ts puts its onSend first),
  // so the writer's next read is fresh.
  const watchEvents = (_request: FastifyRequest, _reply: FastifyReply, done: () => void) =>
    withinRequest({ events: { published: false } }, done);
  const leagueChanged = (_request: FastifyRequest, reply: FastifyReply, payload: unknown, done: HookDone) => {
    const published = currentRequest()?.events?.published ?? false;
    if (!published && reply.statusCode < 400) bus.publish({ type: 'league_changed', season_id: null });
    done(null, payload);
  };
  app.addHook('onRoute', (route) => {
    if (route.schema?.body) route.preValidation = [emptyBody, ...hooksOf(route.preValidation)];
    if (route.config?.auth && isWriteRoute(route)) {
      route.onRequest = [watchEvents, ...hooksOf(route.onRequest)];
      route.onSend = [...hooksOf(route.onSend), leagueChanged];
    }
  });

  await app.register(errorsPlugin);
  await app.register(deadlinePlugin, {
    ms: config.database.statementTimeoutMs + config.database.connectTimeoutSeconds * 1000,
  });
  await app.register(openapiPlugin);
  await app.register(metricsPlugin, { token: config.metricsToken });
  app.metrics.gauge({
    name: 'pingpong_notify_failures',
    help: 'NOTIFY batches that failed since start-up (other instances missed those events)',
    collect() {
      this.set(bus.notifyFailures);
    },
  });
  app.metrics.gauge({
    name: 'pingpong_listen_reconnects',
    help: 'Times LISTEN was re-established after losing its connection (caches dropped each time)',
    collect() {
      this.set(bus.reconnects);
    },
  });
  await app.register(cors, {
    origin: config.corsOrigins,
    methods: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'],
    allowedHeaders: ['Authorization', 'Content-Type', 'Idempotency-Key', 'If-None-Match', 'X-Request-Id'],
    exposedHeaders: ['ETag', 'X-Request-Id', 'Retry-After'],
    maxAge: 600,
  });
  await app.register(securityHeadersPlugin, {
    // Swagger UI and the web app use inline styles; scripts stay same-origin only. Images may come from the
    // CDN/public base URL, and blob: lets the web app preview a photo before uploading it.
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        imgSrc: ["'self'", 'data:', 'blob:', ...imageOrigins(config)],
        styleSrc: ["'self'", "'unsafe-inline'"],
        scriptSrc: ["'self'"],
        connectSrc: ["'self'"],
        // Behind TLS the proxy serves https; on a plain-http LAN install upgrading would break every asset.
        upgradeInsecureRequests: config.env === 'production' ? [] : null,
      },
    },
    crossOriginResourcePolicy: { policy: 'cross-origin' },
  });
  await app.register(rateLimit, {
    global: true,
    store: sharedRateLimitStore(counters),
    max: config.rateLimitMax,
    timeWindow: '1 minute',
    errorResponseBuilder: (_request, context) => errors.rateLimited(Math.ceil(context.ttl / 1000)),
  });
  await app.register(authPlugin, {
    secret: jwtSecret,
    expiresInSeconds: config.jwtExpiresInSeconds,
    findActiveUser: users.findActiveUser,
    findCaptainScope: (userId, kind, id) => captainScope(db, userId, kind, id),
  });
  const deadlineMs = config.database.statementTimeoutMs + config.database.connectTimeoutSeconds * 1000;
  await app.register(idempotencyPlugin, {
    db,
    sql,
    deadlineMs,
    keepHours: config.idempotencyKeepHours,
  });
  // SPEC §6: reads already show an overdue PENDING fixture as CONFIRMED; this writes it down.
  const matchDay = matchDayService(db, bus, clock);
  const sweep = setInterval(() => {
    matchDay.sweep().catch((error: unknown) => app.log.warn({ err: error }, 'confirmation sweep failed'));
  }, CONFIRMATION_SWEEP_MS);
  sweep.unref();
  app.addHook('onClose', async () => clearInterval(sweep));
  app.decorate('matchDay', matchDay);

  await app.register(healthRoutes, { sql, postmaster });
  const storage = await uploadStorage(config, app.log);
  await app.register(uploadFileRoutes, { storage });
  await app.register(
    async (api) => {
      await api.register(authRoutes, {
        users,
        loginRateLimitMax: config.loginRateLimitMax,
        captaincies: (userId) => captaincies(db, userId),
      });
      await api.register(userRoutes, { users });
      await api.register(rankRoutes, { ranks: rankService(db) });
      await api.register(teamRoutes, { teams: teamService(db) });
      await api.register(playerRoutes, { players: playerService(db) });
      await api.register(seasonRoutes, { seasons: seasonService(db, roundsFinishPolicy) });
      await api.register(registrationRoutes, { registrations: registrationService(db) });
      await api.register(auditRoutes, { audit: auditService(db) });
      await api.register(uploadRoutes, {
        uploads: uploadService(db, storage),
        metrics: app.metrics,
        maxBytes: config.maxUploadSize,
      });
      await api.register(pointRoutes, { points: pointService(db, bus) });
      const fixtures = fixtureService(db, bus, clock, config.leagueTimezone);
      await api.register(fixtureRoutes, { fixtures });
      await api.register(matchDayRoutes, { matchDay, fixtures });
      await api.register(matchRoutes, { matches: matchService(db, bus) });
      await api.register(divisionRoutes, {
        divisions: divisionService(db),
        withdrawals: withdrawalService(db, bus),
        rollover: rolloverService(db),
      });
      await api.register(lineupRoutes, { lineups: lineupService(db, bus) });
      await api.register(captainRoutes, { captains: captainService(db) });
      await api.register(resultRoutes, { results: resultService(db, bus, clock) });
      const leaderboards = leaderboardService(db, cache);
      await api.register(leaderboardRoutes, { leaderboards });
      await api.register(exportRoutes, { exports: exportService(db, leaderboards) });
      await api.register(importRoutes, { imports: importService(db), maxBytes: config.maxUploadSize });
      await api.register(roundRoutes, {
        rounds: roundService(db, bus, clock),
        tables: roundTableService(db),
      });
      await api.register(historyRoutes, { history: historyService(db) });
      await api.register(statsRoutes, { stats: statsService(db) });
      await api.register(eventRoutes, {
        db,
        hub: eventStreams,
        corsOrigins: config.corsOrigins,
        caps: new StreamCaps(config.sseMaxPerIp, config.sseMaxTotal),
      });
      await api.register(integrityRoutes, { db });
    },
    { prefix: '/api/v1' },
  );
  if (config.webDistDir) await app.register(webPlugin, { distDir: config.webDistDir });

  app.decorate('users', users);
  app.decorate('events', bus);
  app.decorate('eventStreams', eventStreams);
  return app;
}

declare module 'fastify' {
  interface FastifyInstance {
    users: ReturnType<typeof userService>;
    events: LeagueEventBus;
    /** The open Server-Sent Events streams. */
    eventStreams: EventStreamHub;
    matchDay: ReturnType<typeof matchDayService>;
  }
}
