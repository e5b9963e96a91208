import { randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import type postgres from 'postgres';

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

/**
 * Every committed change that readers care about goes through here. Locally it is emitted at once, so
 * caches are invalidated before the writer's response leaves; other instances learn of it through
 * PostgreSQL NOTIFY on the shared database.
 */
export class LeagueEventBus {
  private readonly emitter = new EventEmitter();
  private readonly instanceId = randomUUID();
  private unlisten: (() => Promise<void>) | null = null;

  constructor(private readonly sql: postgres.Sql | null) {
    this.emitter.setMaxListeners(0);
  }

  async start(onError: (error: unknown) => void = () => {}): Promise<void> {
    if (!this.sql) return;
    const subscription = await this.sql.listen(CHANNEL, (payload) => {
      try {
        const { origin, event } = JSON.parse(payload) as { origin: string; event: LeagueEvent };
        if (origin !== this.instanceId) this.emitter.emit('event', event);
      } catch (error) {
        onError(error);
      }
    });
    this.unlisten = () => subscription.unlisten();
  }

  async stop(): Promise<void> {
    await this.unlisten?.().catch(() => {});
    this.unlisten = null;
  }

  /** Call after the transaction committed. Delivery to other instances is best effort (NOTIFY). */
  publish(event: Omit<LeagueEvent, 'at'>): void {
    const full = { ...event, at: new Date().toISOString() };
    this.emitter.emit('event', full);
    if (this.sql) {
      this.sql.notify(CHANNEL, JSON.stringify({ origin: this.instanceId, event: full })).catch(() => {});
    }
  }

  subscribe(listener: (event: LeagueEvent) => void): () => void {
    this.emitter.on('event', listener);
    return () => this.emitter.off('event', listener);
  }

  listenerCount(): number {
    return this.emitter.listenerCount('event');
  }
}
