import type { FastifyInstance, FastifyReply, FastifyRequest, RouteHandlerMethod } from 'fastify';
import fp from 'fastify-plugin';
import { errors } from '../errors.js';
import { isWriteRoute } from '../lib/route-hooks.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** `false` for a long-lived response (Server-Sent Events) that must not be cut off by the deadline. */
    deadline?: false;
  }
  interface FastifyRequest {
    deadlineTimer: NodeJS.Timeout | null;
  }
}

function answerLate(reply: FastifyReply) {
  // Answered, or the client is gone (nothing to tell it).
  if (reply.sent || reply.raw.destroyed) return;
  // A response already on its way (a stream) cannot become an error response any more.
  if (reply.raw.headersSent) reply.raw.destroy();
  else void reply.send(errors.requestTimeout());
}

const stop = (request: FastifyRequest) => {
  if (request.deadlineTimer) clearTimeout(request.deadlineTimer);
};

/**
 * Every request is answered within `ms` or gets 503 REQUEST_TIMEOUT. PostgreSQL's statement_timeout cannot
 * fire when the server is frozen or the network drops packets, and postgres.js has no client-side query
 * timeout, so without this a request would wait for TCP to give up. It starts before every other hook, so
 * a body arriving a byte a second, a rate limit or an auth lookup stuck on a frozen database are answered
 * at the deadline too.
 *
 * A plain timer per request, not Fastify's handlerTimeout: that makes an AbortController per request and,
 * as Node emits `close` once a request's body is read (after the response for a GET), aborts it with a new
 * DOMException every time, ~4 % of the server's time recording results (bench/README.md).
 *
 * Handed over when the handler starts, on the routes that time their handler themselves:
 * - a write: its RequestDeadline (db/request-transaction.ts, started by idempotency.ts for the same
 *   instant) cancels its queries and keeps it from committing after its 503;
 * - a route with its own handlerTimeout (uploads on a slow phone read their body in the handler);
 * - `config.deadline: false` (an event stream, open for as long as the client listens; a hijacked reply
 *   never reaches onSend, so without it the timer would hold the request for the whole deadline).
 */
async function deadlinePlugin(app: FastifyInstance, options: { ms: number }) {
  app.decorateRequest('deadlineTimer', null);
  app.addHook('onRequest', (request, reply, done) => {
    request.deadlineTimer = setTimeout(answerLate, options.ms, reply);
    done();
  });
  app.addHook('onSend', (request, _reply, payload, done) => {
    stop(request);
    done(null, payload);
  });

  app.addHook('onRoute', (route) => {
    const ownDeadline = route.handlerTimeout !== undefined || route.config?.deadline === false;
    if (!ownDeadline && !isWriteRoute(route)) return;
    const handler = route.handler as RouteHandlerMethod;
    route.handler = function handedOver(this: FastifyInstance, request, reply) {
      stop(request);
      return handler.call(this, request, reply);
    } as RouteHandlerMethod;
  });
}

export default fp(deadlinePlugin, { name: 'deadline' });
