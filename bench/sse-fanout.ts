import { type ChildProcess, fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { type BenchCluster, startApp } from './cluster.js';
import { addPlayers, createSeason } from './seed.js';
import { round } from './stats.js';

export interface SseOptions {
  subscribers: number;
}

// A full GC on demand without a command-line flag, so heap after the streams close is what is still held.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const mib = (bytes: number) => round(bytes / 2 ** 20, 1);
function memory() {
  const usage = process.memoryUsage();
  return {
    rssMiB: mib(usage.rss),
    heapUsedMiB: mib(usage.heapUsed),
    heapTotalMiB: mib(usage.heapTotal),
    externalMiB: mib(usage.external),
  };
}
const settle = async () => {
  for (let i = 0; i < 3; i++) {
    gc();
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
};

function next<T>(child: ChildProcess, key: string, timeoutMs: number): Promise<T | null> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      child.off('message', on);
      resolve(null);
    }, timeoutMs);
    const on = (message: Record<string, unknown>) => {
      if (!(key in message)) return;
      clearTimeout(timer);
      child.off('message', on);
      resolve(message[key] as T);
    };
    child.on('message', on);
  });
}

/**
 * SPEC §8: N concurrent SSE subscribers on one instance all receive a result within 1 s. The subscribers
 * live in another process (bench/sse-clients.mjs); the event comes from a real write through HTTP (an
 * admin's points adjustment, which publishes points_adjusted after its commit). Latency is from sending
 * the write to the last subscriber reading the event. Memory is the server process's, with a forced GC
 * after the streams close, so held memory (a leak) is told apart from pages the allocator keeps.
 */
export async function benchSseFanout(cluster: BenchCluster, options: SseOptions) {
  const { seasonId, teamIds } = await createSeason(cluster.sql, {
    name: 'Bench SSE',
    status: 'ACTIVE',
    teams: 2,
  });
  await addPlayers(cluster.sql, seasonId, teamIds, 0, 2, { logs: false });
  const [ps] = await cluster.sql<
    { id: string }[]
  >`SELECT id FROM player_seasons WHERE season_id = ${seasonId} LIMIT 1`;
  // Every subscriber comes from 127.0.0.1: the per-address cap (SSE_MAX_PER_IP, 100) would refuse all but
  // the first hundred. The caps still run on every stream.
  const bench = await startApp(cluster, undefined, undefined, {
    SSE_MAX_PER_IP: String(options.subscribers),
    SSE_MAX_TOTAL: String(Math.max(20_000, options.subscribers)),
  });
  const admin = await bench.app.users.create(
    { userId: null, requestId: 'bench' },
    {
      email: `admin-${randomBytes(4).toString('hex')}@bench.test`,
      password: randomBytes(12).toString('hex'),
      role: 'ADMIN',
    },
  );
  const token = bench.app.issueToken({ id: admin.id, email: admin.email, role: admin.role }).token;
  const port = new URL(bench.baseUrl).port;
  const child = fork(path.join(import.meta.dirname, 'sse-clients.mjs'), [], { stdio: 'inherit' });
  const rounds: Array<Record<string, number>> = [];
  const eventsPath = `/api/v1/seasons/${seasonId}/events`;
  const adjust = async () => {
    const response = await fetch(`${bench.baseUrl}/api/v1/points/adjust`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ player_season_id: ps!.id, delta_points: 1, reason: 'bench', source: 'BONUS' }),
    });
    await response.arrayBuffer();
    return response.status;
  };
  try {
    // A warm-up write: the first one of a process pays for compiling its code path and preparing statements.
    await adjust();
    await settle();
    const before = memory();
    const opening = performance.now();
    child.send({
      open: {
        port,
        path: `/api/v1/seasons/${seasonId}/events`,
        count: options.subscribers,
        event: 'points_adjusted',
      },
    });
    const ready = await next<{ connected: number; failed: number }>(child, 'ready', 120_000);
    if (!ready) throw new Error('the SSE subscribers did not connect within 120 s');
    const openSeconds = round((performance.now() - opening) / 1000, 1);
    const streams = bench.app.eventStreams.size;
    await settle();
    const connectedMemory = memory();

    const afterEachClose: Array<ReturnType<typeof memory>> = [];
    let closedBeforeGc = memory();
    for (let r = 0; r < 3; r++) {
      if (r > 0) {
        child.send({
          open: { port, path: eventsPath, count: options.subscribers, event: 'points_adjusted' },
        });
        await next(child, 'ready', 120_000);
      }
      const received = next<{ count: number; first: number; p50: number; last: number }>(
        child,
        'received',
        30_000,
      );
      const sent = performance.timeOrigin + performance.now();
      const status = await adjust();
      const answered = performance.timeOrigin + performance.now();
      if (status !== 201) throw new Error(`points adjust answered ${status}`);
      const got = await received;
      rounds.push({
        received: got?.count ?? 0,
        writeMs: round(answered - sent, 1),
        firstMs: got ? round(got.first - sent, 1) : Number.NaN,
        p50Ms: got ? round(got.p50 - sent, 1) : Number.NaN,
        lastMs: got ? round(got.last - sent, 1) : Number.NaN,
      });
      child.send({ close: true });
      await next(child, 'closed', 10_000);
      // The server notices closed sockets on its next turns of the event loop.
      for (let i = 0; i < 100 && bench.app.eventStreams.size > 0; i++)
        await new Promise((resolve) => setTimeout(resolve, 100));
      closedBeforeGc = memory();
      await settle();
      afterEachClose.push(memory());
    }
    return {
      subscribers: options.subscribers,
      connected: ready.connected,
      failedToConnect: ready.failed,
      openSeconds,
      listenersWhileOpen: streams,
      listenersAfterClose: bench.app.eventStreams.size,
      busListenersAfterClose: bench.app.events.listenerCount(),
      rounds,
      lastMsMedian: [...rounds.map((r) => r.lastMs!)].sort((a, b) => a - b)[1]!,
      memory: {
        before,
        connected: connectedMemory,
        closed: closedBeforeGc,
        closedAfterGc: afterEachClose.at(-1)!,
        afterEachCloseAndGc: afterEachClose,
      },
      perStreamKiB: round(
        ((connectedMemory.heapUsedMiB - before.heapUsedMiB) * 1024) / options.subscribers,
        1,
      ),
    };
  } finally {
    child.kill();
    await bench.close();
  }
}
