import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** `false` for a long-lived response (Server-Sent Events) that must not be cut off by the deadline. */
    deadline?: false;
  }
}

/**
 * Every route answers within `ms` or gets 503 REQUEST_TIMEOUT (Fastify's handlerTimeout). PostgreSQL's
 * statement_timeout cannot fire when the server is frozen or the network drops packets, and postgres.js
 * has no client-side query timeout, so without this a request would wait for TCP to give up. The work
 * itself is not cancelled: a write may still commit after its 503, which is what Idempotency-Key is for.
 * A route may set its own handlerTimeout (uploads on slow phones) or opt out with `config.deadline: false`.
 */
async function deadlinePlugin(app: FastifyInstance, options: { ms: number }) {
  app.addHook('onRoute', (route) => {
    if (route.handlerTimeout !== undefined || route.config?.deadline === false) return;
    route.handlerTimeout = options.ms;
  });
}

export default fp(deadlinePlugin, { name: 'deadline' });
