export interface AttemptThrottleOptions {
  maxAttempts: number;
  windowMs: number;
  /** Bounds memory when someone sprays attempts at many keys. */
  maxKeys?: number;
  now?: () => number;
}

interface Window {
  attempts: number;
  resetAt: number;
}

/**
 * Counts attempts per key (an account's email) in a fixed window. An attempt is counted when it starts,
 * not when it fails, so a burst of parallel guesses cannot all slip in before the first one is recorded;
 * a success clears the key. In memory: with several instances the limit applies per instance.
 */
export class AttemptThrottle {
  readonly #windows = new Map<string, Window>();
  readonly #max: number;
  readonly #windowMs: number;
  readonly #maxKeys: number;
  readonly #now: () => number;

  constructor(options: AttemptThrottleOptions) {
    this.#max = options.maxAttempts;
    this.#windowMs = options.windowMs;
    this.#maxKeys = options.maxKeys ?? 10_000;
    this.#now = options.now ?? Date.now;
  }

  /** Records an attempt; returns the seconds to wait when it is over the limit, else null. */
  take(key: string): number | null {
    const now = this.#now();
    let window = this.#windows.get(key);
    if (!window || window.resetAt <= now) {
      this.#makeRoom(now);
      window = { attempts: 0, resetAt: now + this.#windowMs };
      this.#windows.set(key, window);
    }
    window.attempts += 1;
    if (window.attempts <= this.#max) return null;
    return Math.max(1, Math.ceil((window.resetAt - now) / 1000));
  }

  reset(key: string): void {
    this.#windows.delete(key);
  }

  #makeRoom(now: number): void {
    if (this.#windows.size < this.#maxKeys) return;
    for (const [key, window] of this.#windows) if (window.resetAt <= now) this.#windows.delete(key);
    // Still full of live windows: drop the oldest (Map keeps insertion order).
    for (const key of this.#windows.keys()) {
      if (this.#windows.size < this.#maxKeys) break;
      this.#windows.delete(key);
    }
  }
}
