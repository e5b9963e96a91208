import { createHash } from 'node:crypto';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export type Encoding = 'br' | 'gzip' | 'identity';

/** Below this, compressing costs more than it saves (the same threshold @fastify/compress uses). */
const MIN_COMPRESS_BYTES = 1024;

/**
 * One serialized read model and its encodings. The UTF-8 bytes are made once (sending a string would
 * encode it again for every response), gzip and brotli once, on the first request that accepts them.
 * Brotli at quality 5: within a few percent of quality 11's size on this JSON at a twentieth of the time,
 * which matters because every write makes the next read compute the entry again.
 */
export class CachedBody {
  readonly bytes: Buffer;
  readonly etag: string;
  private gzipped: Buffer | null = null;
  private brotli: Buffer | null = null;

  constructor(readonly body: string) {
    this.bytes = Buffer.from(body);
    this.etag = `W/"${createHash('sha1').update(this.bytes).digest('base64url')}"`;
  }

  /** The bytes to send for `encoding`, and the encoding actually used (small bodies go as they are). */
  encoded(encoding: Encoding): { bytes: Buffer; encoding: Encoding } {
    if (encoding === 'identity' || this.bytes.length < MIN_COMPRESS_BYTES)
      return { bytes: this.bytes, encoding: 'identity' };
    if (encoding === 'gzip') {
      this.gzipped ??= gzipSync(this.bytes, { level: 6 });
      return { bytes: this.gzipped, encoding };
    }
    this.brotli ??= brotliCompressSync(this.bytes, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 5,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: this.bytes.length,
      },
    });
    return { bytes: this.brotli, encoding };
  }
}

/**
 * Serialized read models (leaderboards, standings) kept in memory until the next committed write.
 * Invalidation bumps a generation; a computation that started before the bump is served to its
 * caller but never stored, so a slow reader cannot put a pre-write table back into the cache.
 */
export class ReadCache {
  private generation = 0;
  private readonly entries = new Map<string, CachedBody>();
  private readonly pending = new Map<string, Promise<CachedBody>>();

  constructor(private readonly maxEntries = 5_000) {}

  invalidate(): void {
    this.generation++;
    this.entries.clear();
    this.pending.clear();
  }

  /** A stored entry, or undefined: lets a route answer a hit without a promise. */
  peek(key: string): CachedBody | undefined {
    return this.entries.get(key);
  }

  async get(key: string, compute: () => Promise<string>): Promise<CachedBody> {
    const hit = this.entries.get(key);
    if (hit) return hit;
    const inFlight = this.pending.get(key);
    if (inFlight) return inFlight;

    const generation = this.generation;
    const promise = compute().then((body) => {
      const entry = new CachedBody(body);
      if (generation === this.generation) {
        if (this.entries.size >= this.maxEntries) this.entries.clear();
        this.entries.set(key, entry);
      }
      return entry;
    });
    this.pending.set(key, promise);
    try {
      return await promise;
    } finally {
      if (this.pending.get(key) === promise) this.pending.delete(key);
    }
  }
}
