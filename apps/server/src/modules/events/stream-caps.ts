import { AppError } from '../../errors.js';

/**
 * Bounds on open event streams: each holds a socket and a subscription, so one address may not open
 * thousands (per IP), nor everybody together more than the instance can feed (in all).
 * `admit` answers a release function, or throws 429 / 503 before the stream opens.
 */
export class StreamCaps {
  private readonly perIp = new Map<string, number>();
  private total = 0;

  constructor(
    private readonly maxPerIp: number,
    private readonly maxTotal: number,
  ) {}

  admit(ip: string): () => void {
    const mine = this.perIp.get(ip) ?? 0;
    if (mine >= this.maxPerIp) {
      throw new AppError(429, 'TOO_MANY_STREAMS', `At most ${this.maxPerIp} live streams per address`, {
        retry_after_seconds: 30,
      });
    }
    if (this.total >= this.maxTotal) {
      throw new AppError(503, 'TOO_MANY_STREAMS', 'The server is at its live stream capacity; retry shortly');
    }
    this.perIp.set(ip, mine + 1);
    this.total += 1;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.total -= 1;
      const left = (this.perIp.get(ip) ?? 1) - 1;
      if (left <= 0) this.perIp.delete(ip);
      else this.perIp.set(ip, left);
    };
  }

  get open(): number {
    return this.total;
  }
}
