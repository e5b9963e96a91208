import { ApiError, toApiError } from './api-error';
import { clearSession, getSession } from './auth-session';

export const API_BASE = '/api/v1';

export interface ListMeta {
  total: number;
  limit: number;
  offset: number;
}

export interface Envelope<T> {
  message: string;
  data: T;
  meta?: ListMeta;
}

export interface ListEnvelope<T> extends Envelope<T[]> {
  meta: ListMeta;
}

export type QueryParams = Record<string, string | number | boolean | null | undefined>;

/** `/api/v1` + path + the query string of every parameter that has a value. */
export function apiUrl(path: string, query: QueryParams = {}): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return `${API_BASE}${path}${text ? `?${text}` : ''}`;
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  query?: QueryParams;
  body?: unknown;
  /** A multipart upload (avatar, logo): sent as is, the browser sets its content type. */
  form?: FormData;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** The one place that talks HTTP: adds the bearer token, unwraps envelopes, turns failures into ApiError. */
export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<Envelope<T>> {
  const session = getSession();
  const headers: Record<string, string> = { accept: 'application/json', ...options.headers };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (session) headers.authorization = `Bearer ${session.token}`;

  let response: Response;
  try {
    response = await fetch(apiUrl(path, options.query), {
      method: options.method ?? 'GET',
      headers,
      body: options.form ?? (options.body === undefined ? undefined : JSON.stringify(options.body)),
      signal: options.signal,
    });
  } catch (error) {
    if (options.signal?.aborted) throw error;
    throw new ApiError(0, 'NETWORK_ERROR', 'NETWORK_ERROR');
  }

  const body = await readJson(response);
  if (!response.ok) {
    // An expired or revoked token: forget it so the app shows the signed-out view.
    if (response.status === 401 && session) clearSession();
    throw toApiError(response.status, body, response.statusText);
  }
  return body as Envelope<T>;
}

export const apiGet = <T>(path: string, query?: QueryParams, signal?: AbortSignal) =>
  apiRequest<T>(path, { query, signal });

export const apiList = <T>(path: string, query?: QueryParams, signal?: AbortSignal) =>
  apiRequest<T[]>(path, { query, signal }) as Promise<ListEnvelope<T>>;
