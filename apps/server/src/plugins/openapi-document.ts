/**
 * One pass over the generated OpenAPI document, so every route gets the same treatment without each
 * route file repeating it: an operationId, a tag, `security: []` on public operations (the auth plugin
 * marks the others), 413 on operations with a body, 429 everywhere the rate limit applies, and the real
 * media type of responses that are not JSON (event streams, metrics text, images).
 */
type Json = Record<string, unknown>;
const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;
const MEDIA_TYPE = /^(text|image|application)\/[\w.+-]+/;

const ERROR = { $ref: '#/components/schemas/ErrorResponse' };
const errorResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: ERROR } },
});

/** `GET /api/v1/seasons/{id}/rounds/{round}/lock` → `getSeasonsByIdRoundsByRoundLock`. */
export function operationIdFor(method: string, path: string): string {
  const words = path
    .replace(/^\/api\/v1/, '')
    .split('/')
    .filter(Boolean)
    .map((segment) => {
      const param = /^\{(.+)\}$/.exec(segment)?.[1];
      return param ? `By-${param}` : segment;
    })
    .flatMap((segment) => segment.split(/[^A-Za-z0-9]+/))
    .filter(Boolean);
  return [method, ...words]
    .map((word, i) => (i === 0 ? word : word[0]?.toUpperCase() + word.slice(1)))
    .join('');
}

function realMediaTypes(responses: Json): void {
  for (const response of Object.values(responses) as Json[]) {
    const content = response.content as Record<string, { schema?: Json }> | undefined;
    const json = content?.['application/json'];
    const declared = typeof json?.schema?.description === 'string' ? json.schema.description : '';
    const fromDescription = typeof response.description === 'string' ? response.description : '';
    const media = MEDIA_TYPE.exec(declared)?.[0] ?? MEDIA_TYPE.exec(fromDescription)?.[0];
    if (content && json && media && media !== 'application/json') {
      delete content['application/json'];
      content[media] = json;
    }
  }
}

export function improveDocument<T>(document: T): T {
  const paths = (document as { paths?: Record<string, Json> }).paths ?? {};
  const used = new Set<string>();
  for (const [path, item] of Object.entries(paths)) {
    for (const method of METHODS) {
      const operation = item[method] as Json | undefined;
      if (!operation) continue;
      let id = (operation.operationId as string | undefined) ?? operationIdFor(method, path);
      while (used.has(id)) id = `${id}_`;
      used.add(id);
      operation.operationId = id;
      if (!Array.isArray(operation.tags) || operation.tags.length === 0) operation.tags = ['operations'];
      if (operation.security === undefined) operation.security = [];
      operation.responses ??= {};
      const responses = operation.responses as Json;
      if (operation.requestBody && !responses['413'])
        responses['413'] = errorResponse('Request body too large');
      if (path.startsWith('/api/') && !responses['429'])
        responses['429'] = errorResponse('Too many requests');
      if (path === '/metrics') {
        const ok = responses['200'] as Json | undefined;
        const content = ok?.content as Record<string, unknown> | undefined;
        if (content?.['application/json']) {
          content['text/plain'] = content['application/json'];
          delete content['application/json'];
        }
      }
      realMediaTypes(responses);
    }
  }
  return document;
}
