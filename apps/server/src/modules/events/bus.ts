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
  | 'league_changed';

export interface LeagueEvent {
  type: LeagueEventType;
  season_id: string | null;
  fixture_id?: string;
  match_id?: string;
  round?: number;
  player_season_ids?: string[];
  at: string;
}

const CHANNEL = 'pingpong_events';
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

  constructor(private readonly sql: postgres.Sql | null) {
    this.emitter.setMaxListeners(0);
  }

  async start(onError: (error: unknown) => void = () => {}): Promise<void> {
    if (!this.sql) return;
    const subscription = await this.sql.listen(CHANNEL, (payload) => {
      try {
        const { origin, events } = JSON.parse(payload) as { origin: string; events: LeagueEvent[] };
        if (origin !== this.instanceId) for (const event of events) this.emitter.emit('event', event);
      } catch (error) {
        onError(error);
      }
    });
    this.unlisten = () => subscription.unlisten();
  }

  async stop(): Promise<void> {
    if (this.flushTimer) clearTimeout(this.flushTimer);
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
        sql.notify(CHANNEL, JSON.stringify({ origin: this.instanceId, events: batch })).catch(() => {}),
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
