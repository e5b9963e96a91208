import { randomUUID } from 'node:crypto';
import type { TestApp } from './app.js';

/** The parts of an OpenAPI 3 document the security tests read. */
export interface JsonSchema {
  type?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: string;
  minimum?: number;
  maximum?: number;
  multipleOf?: number;
  enum?: unknown[];
  const?: unknown;
  nullable?: boolean;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  $ref?: string;
  description?: string;
}

export interface Parameter {
  in: 'path' | 'query' | 'header';
  name: string;
  required?: boolean;
  schema: JsonSchema;
}

export interface Operation {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  requiredRole: 'VIEWER' | 'MODERATOR' | 'ADMIN' | null;
  security: unknown;
  parameters: Parameter[];
  /** Content type → schema of the request body. */
  body: Record<string, JsonSchema> | null;
  summary: string;
  responses: Record<string, { description?: string; content?: Record<string, { schema?: JsonSchema }> }>;
}

export const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
export const isWrite = (op: Operation) => WRITE_METHODS.has(op.method);

/** Every operation of the live document, so a route added tomorrow is covered without touching the tests. */
export async function operations(t: TestApp): Promise<Operation[]> {
  const response = await t.request({ method: 'GET', url: '/api/v1/openapi.json' });
  // biome-ignore lint/suspicious/noExplicitAny: the document is walked generically below
  const doc = response.json() as { paths: Record<string, Record<string, any>> };
  const result: Operation[] = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(item)) {
      if (!['get', 'post', 'put', 'patch', 'delete'].includes(method)) continue;
      const content = op.requestBody?.content as Record<string, { schema: JsonSchema }> | undefined;
      result.push({
        method: method.toUpperCase() as Operation['method'],
        path,
        requiredRole: op['x-required-role'] ?? null,
        security: op.security ?? null,
        parameters: op.parameters ?? [],
        body: content
          ? Object.fromEntries(Object.entries(content).map(([type, c]) => [type, c.schema]))
          : null,
        summary: op.summary ?? '',
        responses: op.responses ?? {},
      });
    }
  }
  return result;
}

/** A Server-Sent Events route never finishes its response, which inject() would wait for. */
export const isEventStream = (op: Operation) =>
  JSON.stringify(op.responses['200'] ?? {}).includes('text/event-stream');

/** `/teams/{id}` → `/teams/<value>`; values chosen per parameter, random UUIDs by default. */
export function fillPath(
  path: string,
  value: (name: string, segmentBefore: string) => string = () => randomUUID(),
) {
  const segments = path.split('/');
  return segments
    .map((segment, i) => {
      const match = /^\{(.+)\}$/.exec(segment);
      return match ? encodeURIComponent(value(match[1]!, segments[i - 1] ?? '')) : segment;
    })
    .join('/');
}
