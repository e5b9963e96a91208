import { Negotiator } from '@fastify/accept-negotiator';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { CachedBody, Encoding } from './cache.js';

/** Accept-Encoding values repeat (a handful of browsers and apps); the map is cleared if a client varies it. */
class BoundedCache<V> extends Map<string, V> {
  override set(key: string, value: V): this {
    if (this.size >= 200) this.clear();
    return super.set(key, value);
  }
}

const negotiator = new Negotiator({ supportedValues: ['br', 'gzip'], cache: new BoundedCache() });

function acceptedEncoding(request: FastifyRequest): Encoding {
  const header = request.headers['accept-encoding'];
  return header ? ((negotiator.negotiate(header) as Encoding | null) ?? 'identity') : 'identity';
}

/**
 * Sends a cached body pre-compressed when the client accepts it (computed once per cache entry), or 304
 * when the client already holds this version. The weak ETag names the content, whatever the encoding.
 */
export function sendCached(request: FastifyRequest, reply: FastifyReply, cached: CachedBody) {
  void reply
    .header('etag', cached.etag)
    .header('cache-control', 'no-cache')
    .header('vary', 'accept-encoding');
  if (request.headers['if-none-match'] === cached.etag) return reply.status(304).send();
  const { bytes, encoding } = cached.encoded(acceptedEncoding(request));
  if (encoding !== 'identity') void reply.header('content-encoding', encoding);
  return reply.type('application/json; charset=utf-8').send(bytes);
}
