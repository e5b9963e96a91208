import type { ServerResponse } from 'node:http';
import type { LeagueEvent, LeagueEventBus } from './bus.js';

const PUBLIC_EVENTS = new Set([
  'result_recorded',
  'result_voided',
  'points_adjusted',
  'round_finalized',
  'round_locked',
  'round_unlocked',
  'fixture_updated',
  // SPEC §6 match day. A lineup event names the side only: the positions stay hidden until both are in.
  'lineup_submitted',
  'match_forfeited',
  'fixture_confirmed',
  'fixture_disputed',
  'fixture_resolved',
  'fixture_postponed',
  'fixture_rescheduled',
  'team_withdrawn',
]);

/** Writes per turn of the event loop: 10 000 streams take ~20 turns, requests are served in between. */
const WRITES_PER_TURN = 500;
/** A subscriber that stopped reading: past this much unsent data it is dropped (EventSource reconnects). */
const MAX_BUFFERED_BYTES = 256 * 1024;

interface Job {
  frame: Buffer;
  targets: ServerResponse[];
  next: number;
}

/**
 * The open event streams, by season, fed from one bus subscription. An event is serialized once into one
 * Buffer and written to every stream of its season outside the publisher's call (the writer's response
 * does not wait for 10 000 socket writes), a few hundred writes per turn so the server keeps answering
 * requests during a fan-out. Jobs run in order, so every stream sees events in publishing order. One
 * heartbeat timer serves all streams (a timer per stream was ~1/3 of a stream's memory).
 */
export class EventStreamHub {
  private readonly seasons = new Map<string, Set<ServerResponse>>();
  private readonly queue: Job[] = [];
  private pumping = false;
  private readonly unsubscribe: () => void;
  private readonly heartbeat: NodeJS.Timeout;
  private count = 0;

  constructor(bus: LeagueEventBus, heartbeatMs: number) {
    this.unsubscribe = bus.subscribe((event) => this.broadcast(event));
    const beat = Buffer.from(': heartbeat\n\n');
    this.heartbeat = setInterval(() => this.enqueue(beat, this.all()), heartbeatMs);
    this.heartbeat.unref();
  }

  get size(): number {
    return this.count;
  }

  add(seasonId: string, out: ServerResponse): () => void {
    let streams = this.seasons.get(seasonId);
    if (!streams) {
      streams = new Set();
      this.seasons.set(seasonId, streams);
    }
    streams.add(out);
    this.count++;
    let removed = false;
    return () => {
      if (removed) return;
      removed = true;
      this.count--;
      streams.delete(out);
      if (streams.size === 0 && this.seasons.get(seasonId) === streams) this.seasons.delete(seasonId);
    };
  }

  /** Ends every stream (shutdown) and stops the heartbeat. */
  close(): void {
    clearInterval(this.heartbeat);
    this.unsubscribe();
    for (const out of this.all()) out.end();
    this.seasons.clear();
    this.queue.length = 0;
  }

  private all(): ServerResponse[] {
    const all: ServerResponse[] = [];
    for (const streams of this.seasons.values()) for (const out of streams) all.push(out);
    return all;
  }

  private broadcast(event: LeagueEvent): void {
    if (!PUBLIC_EVENTS.has(event.type)) return;
    const targets = event.season_id === null ? this.all() : [...(this.seasons.get(event.season_id) ?? [])];
    if (targets.length === 0) return;
    this.enqueue(Buffer.from(`event: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`), targets);
  }

  private enqueue(frame: Buffer, targets: ServerResponse[]): void {
    if (targets.length === 0) return;
    this.queue.push({ frame, targets, next: 0 });
    if (!this.pumping) {
      this.pumping = true;
      setImmediate(() => this.pump());
    }
  }

  private pump(): void {
    let budget = WRITES_PER_TURN;
    while (budget > 0 && this.queue.length > 0) {
      const job = this.queue[0]!;
      const end = Math.min(job.targets.length, job.next + budget);
      for (let i = job.next; i < end; i++) {
        const out = job.targets[i]!;
        if (out.destroyed || out.writableEnded) continue;
        if (out.writableLength > MAX_BUFFERED_BYTES) out.destroy();
        else out.write(job.frame);
      }
      budget -= end - job.next;
      job.next = end;
      if (job.next === job.targets.length) this.queue.shift();
    }
    if (this.queue.length > 0) setImmediate(() => this.pump());
    else this.pumping = false;
  }
}
