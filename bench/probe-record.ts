// What the recording bench's connections wait on: pg_stat_activity sampled every 50 ms during a quick
// record run (bench/README.md §2). `cd apps/server && npx tsx ../../bench/probe-record.ts`

import { startCluster } from './cluster.js';
import { benchResultRecording } from './result-recording.js';

const cluster = await startCluster();
const counts = new Map<string, number>();
const timer = setInterval(async () => {
  try {
    const rows = await cluster.sql<{ app: string; w: string; n: number }[]>`
      SELECT application_name AS app, state || ' ' || coalesce(wait_event_type || ':' || wait_event, '-') AS w, count(*)::int AS n
      FROM pg_stat_activity WHERE backend_type = 'client backend' AND pid <> pg_backend_pid()
      GROUP BY 1, 2`;
    for (const r of rows) {
      const k = `${r.app.startsWith('pgbench') ? 'pgbench' : r.app} ${r.w}`;
      counts.set(k, (counts.get(k) ?? 0) + r.n);
    }
  } catch {}
}, 50);
try {
  const r = await benchResultRecording(cluster, { clients: 32, rounds: 2, seconds: 3, matchesPerRun: 4000 });
  console.log(
    JSON.stringify({ ratio: r.ratio, runs: r.runs, cpu: r.cpuMsPerResult, p50: r.httpLatencyP50Ms }),
  );
} finally {
  clearInterval(timer);
  // Of the samples where a connection was inside a transaction, the share it was idle there (waiting for
  // its client, holding its locks), per client: the app's and pgbench's.
  for (const client of ['pingpong-league', 'pgbench']) {
    const inTransaction = (k: string) => k.startsWith(`${client} idle in transaction`);
    const inside = [...counts].filter(([k]) => k.startsWith(`${client} active`) || inTransaction(k));
    const idle = inside.filter(([k]) => inTransaction(k));
    const sum = (rows: [string, number][]) => rows.reduce((s, [, n]) => s + n, 0);
    console.log(
      `${client}: idle in transaction ${(sum(idle) / Math.max(1, sum(inside))).toFixed(3)} of in-transaction samples`,
    );
  }
  console.log(
    [...counts]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 25)
      .map(([k, v]) => `${v}\t${k}`)
      .join('\n'),
  );
  await cluster.stop?.();
}
process.exit(0);
