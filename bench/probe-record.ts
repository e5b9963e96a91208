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
