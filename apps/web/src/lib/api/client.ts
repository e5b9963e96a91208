import createClient, { type Middleware } from 'openapi-fetch';
import { ApiError, toApiError } from '../api-error';
import { clearSession, getSession } from '../auth-session';
import type { paths } from './schema';

export type { components, paths } from './schema';

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
type Success<O> = O extends { responses: infer R }
  ? R extends { 200: infer S }
    ? S
    : R extends { 201: infer S }
      ? S
      : never
  : never;
type JsonBody<S> = S extends { content: { 'application/json': infer B } } ? B : never;

/** The success body of an operation, as the server's document declares it. */
export type ApiBody<P extends keyof paths, M extends Method = 'get'> = JsonBody<Success<paths[P][M]>>;
/** The `data` of an operation's success envelope: `ApiData<'/api/v1/players/{id}'>` is a player. */
export type ApiData<P extends keyof paths, M extends Method = 'get'> =
  ApiBody<P, M> extends { data: infer D } ? D : never;
/** One element of a list operation's `data`. */
export type ApiItem<P extends keyof paths, M extends Method = 'get'> =
  ApiData<P, M> extends readonly (infer I)[] ? I : never;
/** A JSON request body. */
export type ApiRequestBody<P extends keyof paths, M extends Method = 'post'> = paths[P][M] extends {
  requestBody?: { content: { 'application/json': infer B } };
}
  ? B
  : never;

type GetParameters<P extends keyof paths> = paths[P] extends {
  get: { parameters: infer A extends { path?: object; query?: object } };
}
  ? Pick<A, 'path' | 'query'>
  : never;

/**
 * The address of a GET that the browser opens itself rather than through fetch (EventSource): the
 * document's path with its parameters filled in, and only the query parameters that have a value.
 */
export function apiUrl<P extends keyof paths>(path: P, parameters: GetParameters<P>): string {
  const values = new Map(Object.entries(parameters.path ?? {}));
  const filled = path.replace(/\{(\w+)\}/g, (_, name: string) =>
    encodeURIComponent(String(values.get(name))),
  );
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(parameters.query ?? {})) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `${filled}?${text}` : filled;
}

/** Bearer token on every request; a 401 with a token means it expired or was revoked, so forget it. */
const session: Middleware = {
  onRequest({ request }) {
    const current = getSession();
    if (current) request.headers.set('authorization', `Bearer ${current.token}`);
    if (!request.headers.has('accept')) request.headers.set('accept', 'application/json');
    return request;
  },
  onResponse({ request, response }) {
    if (response.status === 401 && request.headers.has('authorization') && getSession()) clearSession();
    return response;
  },
};

/** Paths in the document carry the /api/v1 prefix, so the base is the page's own origin. */
export const api = createClient<paths>({
  // Looked up per call, so a test (or a service worker shim) replacing fetch is honoured.
  fetch: (request) => globalThis.fetch(request),
});
api.use(session);

/** What an openapi-fetch call resolves to, before `send` checks it. */
export interface ApiResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/**
 * Awaits an openapi-fetch call and keeps the app's error contract: a lost connection is ApiError status 0
 * NETWORK_ERROR (what the offline queue waits on), a refusal is the server's error envelope as ApiError.
 */
export async function send<T>(call: Promise<ApiResult<T>>, signal?: AbortSignal | null): Promise<T> {
  let result: ApiResult<T>;
  try {
    result = await call;
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError(0, 'NETWORK_ERROR', 'NETWORK_ERROR');
  }
  const { response } = result;
  if (!response.ok) throw toApiError(response.status, result.error, response.statusText);
  return result.data as T;
}
