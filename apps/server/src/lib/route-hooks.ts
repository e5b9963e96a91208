import type { RouteOptions } from 'fastify';

/** The methods that change something: authenticated, deadline-bound, Idempotency-Key aware. */
export const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export const isWriteRoute = (route: Pick<RouteOptions, 'method'>) =>
  ([] as string[]).concat(route.method).some((method) => WRITE_METHODS.has(method));

/** A route's hooks of one kind as a list (Fastify takes one, many or none), to add to per route. */
export const hooksOf = <T>(hooks: T | T[] | undefined): T[] =>
  hooks === undefined ? [] : ([] as T[]).concat(hooks);
