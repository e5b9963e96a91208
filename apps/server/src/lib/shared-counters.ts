import type postgres from 'postgres';

interface Local {
  /** Epoch ms the key's window started (its first hit, here or, once flushed, on any instance). */
  windowStart: number;
  windowMs: number;
  /** Hits here not yet added to the shared row. */
  pending: number;
  /** Hits being added right now (a flush under way): still counted until the row's new total is known. */
  inFlight: number;
  /** The shared row's total as of our last flush (ours included). */
  shared: number;
}

const FLUSH_MS = 1_000;
const MAX_KEYS = 50_000;

/**
 * Hit counters per key, in a window that starts at the key's first hit (as @fastify/rate-limit's own
 * store counts), kept in PostgreSQL so several instances count as one.
 * `hitBatched` answers from memory at once (the general per-IP limit sits on every request, cached reads
 * included: no round trip for them) and adds its hits to the shared row once a second, learning the other
 * instances' hits and window as it does: the limit holds across instances within about a second's traffic.
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

  hitBatched(key: string, windowMs: number, now = Date.now()): { count: number; ttlMs: number } {
    let entry = this.local.get(key);
    if (!entry || entry.windowStart + entry.windowMs <= now) {
      if (!entry && this.local.size >= MAX_KEYS) this.dropOldest();
      entry = { windowStart: now, windowMs, pending: 0, inFlight: 0, shared: 0 };
      this.local.set(key, entry);
    }
    entry.pending += 1;
    return {
      count: entry.shared + entry.inFlight + entry.pending,
      ttlMs: entry.windowStart + windowMs - now,
    };
  }

  async hitExact(key: string, windowMs: number, now = Date.now()): Promise<{ count: number; ttlMs: number }> {
    try {
      const [row] = await this.sql<{ hits: number; started: string }[]>`
        INSERT INTO rate_limit_hits AS r (key, window_start, window_ms, hits) VALUES (${key}, now(), ${windowMs}, 1)
        ON CONFLICT (key) DO UPDATE SET
          hits = CASE WHEN r.window_start + r.window_ms * interval '1 millisecond' <= now() THEN 1 ELSE r.hits + 1 END,
          window_start = CASE WHEN r.window_start + r.window_ms * interval '1 millisecond' <= now()
                              THEN now() ELSE r.window_start END,
          window_ms = EXCLUDED.window_ms
        RETURNING hits, (extract(epoch FROM window_start) * 1000)::bigint::text AS started`;
      const started = Number(row?.started ?? now);
      return { count: row?.hits ?? 1, ttlMs: Math.max(0, started + windowMs - now) };
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
    const sent = batch.map(([key, entry]) => ({ key, entry, hits: entry.pending, windowMs: entry.windowMs }));
    for (const item of sent) {
      item.entry.pending -= item.hits;
      item.entry.inFlight += item.hits;
    }
    try {
      const rows = await this.sql<{ key: string; hits: number; started: string }[]>`
        INSERT INTO rate_limit_hits AS r (key, window_start, window_ms, hits)
        SELECT key, now(), window_ms, hits
          FROM json_to_recordset(${JSON.stringify(sent.map(({ key, hits, windowMs }) => ({ key, hits, window_ms: windowMs })))}::text::json)
            AS x(key text, hits int, window_ms int)
        ON CONFLICT (key) DO UPDATE SET
          hits = CASE WHEN r.window_start + r.window_ms * interval '1 millisecond' <= now()
                      THEN EXCLUDED.hits ELSE r.hits + EXCLUDED.hits END,
          window_start = CASE WHEN r.window_start + r.window_ms * interval '1 millisecond' <= now()
                              THEN now() ELSE r.window_start END,
          window_ms = EXCLUDED.window_ms
        RETURNING key, hits, (extract(epoch FROM window_start) * 1000)::bigint::text AS started`;
      const byKey = new Map(sent.map((item) => [item.key, item]));
      for (const row of rows) {
        const item = byKey.get(row.key);
        if (!item) continue;
        item.entry.shared = row.hits;
        item.entry.inFlight -= item.hits;
        item.entry.windowStart = Number(row.started);
      }
      // Windows long over are of no use to anyone; any instance may sweep them.
      if (Math.random() < 0.02)
        await this.sql`DELETE FROM rate_limit_hits WHERE window_start < now() - interval '1 day'`;
    } catch {
      // Not shared this time: keep counting them here, and try to share them again next second.
      for (const item of sent) {
        item.entry.inFlight -= item.hits;
        item.entry.pending += item.hits;
      }
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
