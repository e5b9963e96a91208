import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
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

  app.addHook('onResponse', async (request, reply) => {
    // The route template, never the raw URL: ids in paths would grow the label set without bound.
    const labels = {
      method: request.method,
      route: request.routeOptions.url ?? 'unmatched',
      status_code: String(reply.statusCode),
    };
    metrics.httpRequests.inc(labels);
    metrics.httpDuration.observe(labels, reply.elapsedTime / 1000);
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
