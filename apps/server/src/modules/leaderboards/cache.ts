import { createHash } from 'node:crypto';

export interface CachedBody {
  body: string;
  etag: string;
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

  async get(key: string, compute: () => Promise<string>): Promise<CachedBody> {
    const hit = this.entries.get(key);
    if (hit) return hit;
    const inFlight = this.pending.get(key);
    if (inFlight) return inFlight;

    const generation = this.generation;
    const promise = compute().then((body) => {
      const entry = { body, etag: `W/"${createHash('sha1').update(body).digest('base64url')}"` };
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
