import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import helmet, { type HelmetOptions } from 'helmet';

/**
 * Helmet's headers, computed once. They are the same for every response (no per-request nonces), but
 * @fastify/helmet rebuilt helmet's middleware, parsing the CSP directives again, on every request: ~10 %
 * of the server's time on a cached leaderboard read (bench/README.md). Helmet still decides the headers;
 * it runs once at start-up against a recording response and the result is copied onto each reply.
 */
export function helmetHeaders(options: HelmetOptions): Record<string, string> {
  const headers: Record<string, string> = {};
  const recorder = {
    setHeader: (name: string, value: unknown) => {
      headers[name.toLowerCase()] = String(value);
    },
    removeHeader: (name: string) => {
      delete headers[name.toLowerCase()];
    },
  } as unknown as ServerResponse;
  let failure: unknown = null;
  helmet(options)({} as IncomingMessage, recorder, (error?: unknown) => {
    failure = error ?? null;
  });
  if (failure) throw failure;
  return headers;
}

async function securityHeadersPlugin(app: FastifyInstance, options: HelmetOptions) {
  const headers = helmetHeaders(options);
  app.decorate('securityHeaders', headers);
  // A callback hook: no promise per request.
  app.addHook('onRequest', (_request, reply, done) => {
    reply.headers(headers);
    done();
  });
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Helmet's response headers, for responses written past Fastify (event streams). */
    securityHeaders: Readonly<Record<string, string>>;
  }
}

export default fp(securityHeadersPlugin, { name: 'security-headers' });
