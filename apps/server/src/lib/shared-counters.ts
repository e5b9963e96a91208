import type postgres from 'postgres';

interface Local {
  windowStart: number;
  /** Hits here not yet added to the shared row. */
  pending: number;
  /** The shared row's total as of our last flush (ours included). */
  shared: number;
}

const FLUSH_MS = 1_000;
const MAX_KEYS = 50_000;

/**
 * Hit counters per key and fixed window, kept in PostgreSQL so several instances count as one.
 * `hitBatched` answers from memory at once (the general per-IP limit sits on every request, cached reads
 * included: no round trip for them) and adds its hits to the shared row once a second, learning the other
 * instances' hits as it does: the limit holds across instances within about a second's worth of traffic.
 * `hitExact` is one atomic upsert (the login limits: rare requests, counted exactly once across instances).
 * With the database away both fall back to counting here.
 */
export class SharedCounters {
  private readonly local = new Map<string, Local>();
  private timer: NodeJS.Timeout | null = null;
  private flushing = false;

  constructor(private readonly sql: postgres.Sql) {}

  start(): void {
    this.timer = setInterval(() => void this.flush(), FLUSH_MS);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.flush();
  }

  private entry(key: string, windowMs: number, now: number): Local {
    const windowStart = Math.floor(now / windowMs) * windowMs;
    let entry = this.local.get(key);
    if (!entry || entry.windowStart !== windowStart) {
      if (!entry && this.local.size >= MAX_KEYS) this.dropOldest();
      entry = { windowStart, pending: 0, shared: 0 };
      this.local.set(key, entry);
    }
    return entry;
  }

  hitBatched(key: string, windowMs: number, now = Date.now()): { count: number; ttlMs: number } {
    const entry = this.entry(key, windowMs, now);
    entry.pending += 1;
    return { count: entry.shared + entry.pending, ttlMs: entry.windowStart + windowMs - now };
  }

  async hitExact(key: string, windowMs: number, now = Date.now()): Promise<{ count: number; ttlMs: number }> {
    const windowStart = Math.floor(now / windowMs) * windowMs;
    const ttlMs = windowStart + windowMs - now;
    try {
      const [row] = await this.sql<{ hits: number }[]>`
        INSERT INTO rate_limit_hits (key, window_start, hits) VALUES (${key}, ${new Date(windowStart).toISOString()}::timestamptz, 1)
        ON CONFLICT (key, window_start) DO UPDATE SET hits = rate_limit_hits.hits + 1
        RETURNING hits`;
      return { count: row?.hits ?? 1, ttlMs };
    } catch {
      return this.hitBatched(key, windowMs, now);
    }
  }

  async clear(key: string): Promise<void> {
    this.local.delete(key);
    await this.sql`DELETE FROM rate_limit_hits WHERE key = ${key}`.catch(() => {});
  }

  async flush(): Promise<void> {
    if (this.flushing) return;
    const batch = [...this.local].filter(([, entry]) => entry.pending > 0);
    if (batch.length === 0) return;
    this.flushing = true;
    const sent = batch.map(([key, entry]) => ({
      key,
      entry,
      hits: entry.pending,
      window: entry.windowStart,
    }));
    for (const item of sent) item.entry.pending -= item.hits;
    try {
      const rows = await this.sql<{ key: string; hits: number }[]>`
        INSERT INTO rate_limit_hits (key, window_start, hits)
        SELECT key, to_timestamp(window / 1000.0), hits
          FROM json_to_recordset(${JSON.stringify(sent.map(({ key, hits, window }) => ({ key, hits, window })))}::text::json)
            AS x(key text, window bigint, hits int)
        ON CONFLICT (key, window_start) DO UPDATE SET hits = rate_limit_hits.hits + EXCLUDED.hits
        RETURNING key, hits`;
      const totals = new Map(rows.map((row) => [row.key, row.hits]));
      for (const { key, entry, window } of sent) {
        if (entry.windowStart === window) entry.shared = totals.get(key) ?? entry.shared;
      }
      // Old windows are of no use to anyone; any instance may sweep them.
      if (Math.random() < 0.02)
        await this.sql`DELETE FROM rate_limit_hits WHERE window_start < now() - interval '1 day'`;
    } catch {
      // Not shared this time: keep counting them here, and try to share them again next second.
      for (const item of sent) if (item.entry.windowStart === item.window) item.entry.pending += item.hits;
    } finally {
      this.flushing = false;
    }
  }

  private dropOldest(): void {
    for (const key of this.local.keys()) {
      this.local.delete(key);
      if (this.local.size < MAX_KEYS * 0.9) break;
    }
  }
}

/** A @fastify/rate-limit store over SharedCounters; "login:" keys are counted exactly. */
export function sharedRateLimitStore(counters: SharedCounters) {
  return class SharedStore {
    incr(
      key: string,
      callback: (error: Error | null, result?: { current: number; ttl: number }) => void,
      timeWindow: number,
    ) {
      if (key.startsWith('login:')) {
        void counters
          .hitExact(key, timeWindow)
          .then(({ count, ttlMs }) => callback(null, { current: count, ttl: ttlMs }));
        return;
      }
      const { count, ttlMs } = counters.hitBatched(key, timeWindow);
      callback(null, { current: count, ttl: ttlMs });
    }

    child() {
      return new SharedStore();
    }
  };
}
