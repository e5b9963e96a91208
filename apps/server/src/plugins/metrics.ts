import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import {
  Counter,
  collectDefaultMetrics,
  Gauge,
  type GaugeConfiguration,
  Histogram,
  Registry,
} from 'prom-client';
import { Type } from 'typebox';
import { errors } from '../errors.js';

/**
 * The app's Prometheus metrics. Each app owns its registry (tests build many apps in one process, and a
 * global registry would refuse the second set of names). Add a gauge with `app.metrics.gauge({...})`.
 */
export interface Metrics {
  registry: Registry;
  httpRequests: Counter<'method' | 'route' | 'status_code'>;
  httpDuration: Histogram<'method' | 'route' | 'status_code'>;
  /** outcome: accepted | rejected; reason: the error code of a rejection, "none" otherwise. */
  uploads: Counter<'kind' | 'outcome' | 'reason'>;
  gauge<L extends string>(config: Omit<GaugeConfiguration<L>, 'registers'>): Gauge<L>;
}

export function createMetrics(): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const labelNames = ['method', 'route', 'status_code'] as const;
  return {
    registry,
    httpRequests: new Counter({
      name: 'http_requests_total',
      help: 'HTTP requests answered, by route template and status',
      labelNames,
      registers: [registry],
    }),
    httpDuration: new Histogram({
      name: 'http_request_duration_seconds',
      help: 'Time from receiving a request to sending its response',
      labelNames,
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry],
    }),
    uploads: new Counter({
      name: 'uploads_total',
      help: 'Image uploads that reached the handler, accepted or rejected',
      labelNames: ['kind', 'outcome', 'reason'] as const,
      registers: [registry],
    }),
    gauge: (config) => new Gauge({ ...config, registers: [registry] }),
  };
}

const digest = (value: string) => createHash('sha256').update(value).digest();

function hasToken(request: FastifyRequest, expected: Buffer): boolean {
  const match = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '');
  return match?.[1] !== undefined && timingSafeEqual(digest(match[1]), expected);
}

async function metricsPlugin(app: FastifyInstance, options: { token: string | null }) {
  const metrics = createMetrics();
  app.decorate('metrics', metrics);

  // Label sets are few (route templates × statuses), so each one's children are looked up once: prom-client
  // would otherwise hash the label object twice per response. The route template is known when the route
  // is registered, never read from the raw URL: ids in paths would grow the label set without bound.
  const children = new Map<string, { count: { inc(): void }; duration: { observe(value: number): void } }>();
  const record = (method: string, route: string, reply: FastifyReply) => {
    const status = reply.statusCode;
    const key = `${method} ${status} ${route}`;
    let child = children.get(key);
    if (!child) {
      const labels = { method, route, status_code: String(status) };
      child = { count: metrics.httpRequests.labels(labels), duration: metrics.httpDuration.labels(labels) };
      children.set(key, child);
    }
    child.count.inc();
    child.duration.observe(reply.elapsedTime / 1000);
  };
  app.addHook('onRoute', (route) => {
    const url = route.url;
    const observe = (request: FastifyRequest, reply: FastifyReply, done: () => void) => {
      record(request.method, url, reply);
      done();
    };
    route.onResponse = [
      ...([] as unknown[]).concat(route.onResponse ?? []),
      observe,
    ] as typeof route.onResponse;
  });
  // Requests no route matched (404s, malformed URLs) under one label.
  app.addHook('onResponse', (request, reply, done) => {
    if (request.is404) record(request.method, 'unmatched', reply);
    done();
  });

  const expected = options.token === null ? null : digest(options.token);
  app.get(
    '/metrics',
    {
      config: { rateLimit: false },
      schema: {
        tags: ['operations'],
        summary: 'Prometheus metrics (text format); needs METRICS_TOKEN as a bearer token when it is set',
        response: { 200: Type.String(), 401: Type.Ref('ErrorResponse') },
      },
    },
    async (request, reply) => {
      if (expected && !hasToken(request, expected))
        throw errors.unauthorized('A valid metrics token is required');
      return reply.type(metrics.registry.contentType).send(await metrics.registry.metrics());
    },
  );
}

declare module 'fastify' {
  interface FastifyInstance {
    metrics: Metrics;
  }
}

export default fp(metricsPlugin, { name: 'metrics', dependencies: ['errors', 'openapi'] });
