import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { startCluster } from './cluster.js';
import { benchLeaderboardRead } from './leaderboard-read.js';
import { benchLeaderboardScale } from './leaderboard-scale.js';
import { type BenchReport, printReport } from './report.js';
import { benchResultRecording, findPgbench } from './result-recording.js';
import { benchSoak } from './soak.js';
import { benchSseFanout } from './sse-fanout.js';

/**
 * `npm run bench [-- --quick] [-- --only read,record,scale]`: SPEC §5's quality bars, measured against a
 * throw-away embedded PostgreSQL. Not part of `npm test`. Writes bench/results.json; see bench/README.md.
 */
const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    only: { type: 'string', default: 'read,record,scale,sse,soak' },
  },
});
const only = new Set(values.only.split(','));
const quick = values.quick;
const log = (line: string) => console.log(line);

const started = performance.now();
const cluster = await startCluster();
const results: Pick<
  BenchReport,
  'leaderboardRead' | 'resultRecording' | 'leaderboardScale' | 'sseFanout' | 'soak'
> = {};
try {
  if (only.has('read')) {
    log('1/3 leaderboard read: 500-player season, 50 connections, leaderboard vs the same bytes from memory');
    results.leaderboardRead = await benchLeaderboardRead(cluster, {
      rounds: quick ? 3 : 5,
      seconds: quick ? 3 : 4,
      connections: 50,
    });
  }
  if (only.has('record')) {
    log('2/3 result recording: 32 clients over HTTP vs pgbench running the same transaction');
    if (!findPgbench()) log('  pgbench not found (set PGBENCH=/path/to/pgbench): the ratio is skipped');
    results.resultRecording = await benchResultRecording(cluster, {
      clients: 32,
      rounds: quick ? 3 : 5,
      seconds: quick ? 3 : 5,
      // Full mode's 5 000 a run (1 000 results/s for 5 s) keeps the season within fixtures' 999 rounds.
      matchesPerRun: quick ? 4000 : 5000,
    });
  }
  if (only.has('scale')) {
    log(
      `3/3 leaderboard page latency, uncached, at ${quick ? '1 000 and 10 000' : '1 000, 10 000 and 100 000'} player_seasons`,
    );
    results.leaderboardScale = await benchLeaderboardScale(
      cluster,
      { sizes: quick ? [1_000, 10_000] : [1_000, 10_000, 100_000], samples: 200 },
      log,
    );
  }
  if (only.has('sse')) {
    const subscribers = quick ? 2_000 : 10_000;
    log(`4/5 live events: ${subscribers} SSE subscribers in another process, one write, time to the last`);
    results.sseFanout = await benchSseFanout(cluster, { subscribers });
  }
  if (only.has('soak')) {
    // SOAK_SECONDS=300 for the 5-minute soak of issue 10.
    const seconds = Number(process.env.SOAK_SECONDS ?? (quick ? 30 : 60));
    const rate = Number(process.env.SOAK_RATE ?? 250);
    log(`5/5 soak: ${rate} req/s of mixed traffic (one result in ten) for ${seconds} s, p99 per 10 s`);
    results.soak = await benchSoak(cluster, {
      rate,
      seconds,
      windowSeconds: 10,
      prerecorded: Number(process.env.SOAK_PRERECORDED ?? 2000),
    });
  }
} catch (error) {
  console.error(error);
  await cluster.stop();
  process.exit(1);
}
await cluster.stop();

const report: BenchReport = {
  date: new Date().toISOString(),
  mode: quick ? 'quick' : 'full',
  seconds: Math.round((performance.now() - started) / 1000),
  machine: {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
  },
  ...results,
};
printReport(report);
const file = path.join(import.meta.dirname, 'results.json');
await writeFile(file, `${JSON.stringify(report, null, 2)}\n`);
log(`\nWritten to ${file}`);
