import { randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import type postgres from 'postgres';
import { afterCommit } from '../../db/request-transaction.js';

export type LeagueEventType =
  | 'result_recorded'
  | 'result_voided'
  | 'points_adjusted'
  | 'round_finalized'
  | 'round_locked'
  | 'round_unlocked'
  | 'fixture_updated'
  | 'league_changed'
  | 'lineup_submitted'
  | 'match_forfeited'
  | 'fixture_confirmed'
  | 'fixture_disputed'
  | 'fixture_resolved'
  | 'fixture_postponed'
  | 'fixture_rescheduled'
  | 'team_withdrawn'
  | 'season_rolled_over';

export interface LeagueEvent {
  type: LeagueEventType;
  season_id: string | null;
  fixture_id?: string;
  match_id?: string;
  round?: number;
  player_season_ids?: string[];
  team_id?: string;
  side?: 'home' | 'guest';
  at: string;
}

const CHANNEL = 'pingpong_events';
const WATCHDOG_MS = 5_000;

export interface BusHandlers {
  badPayload?(error: unknown): void;
  /** A NOTIFY failed: other instances did not hear of these events. */
  notifyFailed?(error: unknown, events: number): void;
  /** LISTEN came back after its connection was lost; local caches were dropped. */
  resubscribed?(): void;
}
const NOTIFY_BATCH_MS = 10;

/**
 * Every committed change that readers care about goes through here. Locally it is emitted at once, so
 * caches are invalidated before the writer's response leaves; other instances learn of it through
 * PostgreSQL NOTIFY on the shared database.
 */
export class LeagueEventBus {
  private readonly emitter = new EventEmitter();
  private readonly instanceId = randomUUID();
  private unlisten: (() => Promise<void>) | null = null;
  private pending: LeagueEvent[] = [];
  private flushTimer: NodeJS.Timeout | null = null;
  private watchdog: NodeJS.Timeout | null = null;
  private handlers: BusHandlers = {};
  private lastPingAt = Date.now();
  private checking = false;
  /** NOTIFY batches that failed (their events never reached the other instances). */
  notifyFailures = 0;
  /** Times LISTEN was re-established after its connection was lost. */
  reconnects = 0;

  constructor(private readonly sql: postgres.Sql | null) {
    this.emitter.setMaxListeners(0);
  }

  async start(handlers: BusHandlers = {}): Promise<void> {
    if (!this.sql) return;
    this.handlers = handlers;
    await this.listen();
    // LISTEN can die with its connection and postgres.js re-listens only once: a self-addressed ping
    // proves the subscription works; when it stops coming back, subscribe anew (and drop the caches).
    this.watchdog = setInterval(() => void this.checkSubscription(), WATCHDOG_MS);
    this.watchdog.unref();
  }

  private async listen(): Promise<void> {
    const sql = this.sql!;
    let first = true;
    const subscription = await sql.listen(
      CHANNEL,
      (payload) => {
        try {
          const { origin, events, ping } = JSON.parse(payload) as {
            origin: string;
            events?: LeagueEvent[];
            ping?: boolean;
          };
          if (ping) {
            if (origin === this.instanceId) this.lastPingAt = Date.now();
            return;
          }
          if (origin !== this.instanceId) for (const event of events ?? []) this.emitter.emit('event', event);
        } catch (error) {
          this.handlers.badPayload?.(error);
        }
      },
      // Called on the first LISTEN and again on every reconnect: whatever was NOTIFYed in the gap is lost,
      // so every cache built from this database is dropped and live clients are told to refetch.
      () => {
        this.lastPingAt = Date.now();
        if (first) {
          first = false;
          return;
        }
        this.resubscribed();
      },
    );
    this.unlisten = () => subscription.unlisten();
  }

  private resubscribed(): void {
    this.reconnects++;
    this.handlers.resubscribed?.();
    this.emitter.emit('event', { type: 'league_changed', season_id: null, at: new Date().toISOString() });
  }

  private async checkSubscription(): Promise<void> {
    const sql = this.sql;
    if (!sql || this.checking) return;
    this.checking = true;
    try {
      if (Date.now() - this.lastPingAt > WATCHDOG_MS * 3) {
        // Until it is back, nothing here can be trusted to be fresh.
        this.emitter.emit('event', { type: 'league_changed', season_id: null, at: new Date().toISOString() });
        await this.unlisten?.().catch(() => {});
        await this.listen();
        this.resubscribed();
      }
      await sql.notify(CHANNEL, JSON.stringify({ origin: this.instanceId, ping: true }));
    } catch {
      // The database is away; the next tick tries again.
    } finally {
      this.checking = false;
    }
  }

  async stop(): Promise<void> {
    if (this.flushTimer) clearTimeout(this.flushTimer);
    if (this.watchdog) clearInterval(this.watchdog);
    await this.flush();
    await this.unlisten?.().catch(() => {});
    this.unlisten = null;
  }

  /**
   * Call after the transaction committed. Local listeners (caches, event streams) hear it at once; other
   * instances get it through NOTIFY a few milliseconds later, batched so a busy match night costs one
   * NOTIFY per batch rather than one per result. Delivery to them is best effort.
   */
  publish(event: Omit<LeagueEvent, 'at'>): void {
    // Inside a request transaction (a keyed write) nobody may hear of it before it commits.
    afterCommit(() => this.publishNow(event));
  }

  private publishNow(event: Omit<LeagueEvent, 'at'>): void {
    const full = { ...event, at: new Date().toISOString() };
    this.emitter.emit('event', full);
    if (!this.sql) return;
    this.pending.push(full);
    this.flushTimer ??= setTimeout(() => void this.flush(), NOTIFY_BATCH_MS);
  }

  private async flush(): Promise<void> {
    this.flushTimer = null;
    const sql = this.sql;
    if (!sql || this.pending.length === 0) return;
    const events = this.pending.splice(0);
    // A NOTIFY payload must stay under 8000 bytes.
    const batches: LeagueEvent[][] = [[]];
    let size = 0;
    for (const event of events) {
      const length = JSON.stringify(event).length + 1;
      if (size + length > 7000 && batches.at(-1)!.length > 0) {
        batches.push([]);
        size = 0;
      }
      batches.at(-1)!.push(event);
      size += length;
    }
    await Promise.all(
      batches.map((batch) =>
        sql.notify(CHANNEL, JSON.stringify({ origin: this.instanceId, events: batch })).catch((error) => {
          this.notifyFailures++;
          this.handlers.notifyFailed?.(error, batch.length);
        }),
      ),
    );
  }

  subscribe(listener: (event: LeagueEvent) => void): () => void {
    this.emitter.on('event', listener);
    return () => this.emitter.off('event', listener);
  }

  listenerCount(): number {
    return this.emitter.listenerCount('event');
  }
}
