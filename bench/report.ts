import type { benchLeaderboardRead } from './leaderboard-read.js';
import type { benchLeaderboardScale } from './leaderboard-scale.js';
import type { benchResultRecording } from './result-recording.js';
import type { benchSoak } from './soak.js';
import type { benchSseFanout } from './sse-fanout.js';

export interface BenchReport {
  date: string;
  mode: 'quick' | 'full';
  seconds: number;
  machine: { cpus: number; cpuModel: string; memoryGiB: number; node: string; platform: string };
  leaderboardRead?: Awaited<ReturnType<typeof benchLeaderboardRead>>;
  resultRecording?: Awaited<ReturnType<typeof benchResultRecording>>;
  leaderboardScale?: Awaited<ReturnType<typeof benchLeaderboardScale>>;
  sseFanout?: Awaited<ReturnType<typeof benchSseFanout>>;
  soak?: Awaited<ReturnType<typeof benchSoak>>;
}

const round = (value: number, digits: number) => Number(value.toFixed(digits));

const verdict = (ok: boolean | null) => (ok === null ? 'n/a' : ok ? 'ok' : 'MISSED');

function table(rows: string[][]) {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  for (const [index, row] of rows.entries()) {
    console.log(row.map((cell, column) => cell.padEnd(widths[column]!)).join('  '));
    if (index === 0) console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  }
}

/** The summary table printed at the end of `npm run bench`. */
export function printReport(report: BenchReport) {
  const { machine } = report;
  console.log(
    `\nPing Pong League benchmarks (${report.mode}, ${report.seconds} s) — ${machine.cpus} CPUs, ${machine.cpuModel}, Node ${machine.node}`,
  );
  const rows = [['measure', 'subject', 'baseline / p99', 'ratio', 'goal', '']];
  for (const read of report.leaderboardRead ?? []) {
    const label = `leaderboard read, ${read.page}, ${read.bodyBytes} B ${read.contentEncoding}`;
    rows.push([
      `${label}, vs same app`,
      `${read.subjectRps} req/s`,
      `${read.baselineRps} req/s (same bytes)`,
      `${read.ratio} (min ${Math.min(...read.ratios)})`,
      '>= 0.8',
      verdict(read.ratio >= 0.8),
    ]);
    rows.push([
      `${label}, vs raw node:http`,
      `${read.subjectRps} req/s`,
      `${read.rawRps} req/s (other process)`,
      `${read.rawRatio} (min ${Math.min(...read.rawRatios)})`,
      '>= 0.8',
      verdict(read.rawRatio >= 0.8),
    ]);
  }
  const rec = report.resultRecording;
  if (rec) {
    rows.push([
      `result recording, ${rec.clients} clients from a lean client in another process (as pgbench is)`,
      `${rec.lean.rps} req/s (HTTP, lean client)`,
      rec.pgbenchTps === null ? 'pgbench missing' : `${rec.pgbenchTps} tps (pgbench -M prepared)`,
      rec.lean.ratio === null ? 'skipped' : `${rec.lean.ratio} (rounds ${rec.lean.ratios.join(', ')})`,
      '>= 0.8',
      verdict(rec.lean.ratio === null ? null : rec.lean.ratio >= 0.8),
    ]);
    rows.push([
      'result recording, same requests from autocannon inside the bench process (its CPU shares the 2 cores)',
      `${rec.httpRps} req/s (HTTP)`,
      rec.pgbenchTps === null ? 'pgbench missing' : `${rec.pgbenchTps} tps (pgbench -M prepared)`,
      rec.ratio === null ? 'skipped' : `${rec.ratio} (rounds ${rec.ratios.join(', ')})`,
      '',
      '',
    ]);
    const l = rec.lean.cpuMsPerResult;
    rows.push([
      'lean-client runs, CPU ms per result: PostgreSQL, server main thread, server GC threads, client',
      `PG ${l.postgres}, server ${l.serverMainThread} + GC ${l.serverGcThreads}`,
      `client ${l.client}; p50 ${rec.lean.p50Ms} ms, p99 ${rec.lean.p99Ms} ms; failed ${rec.lean.failed}`,
      '',
      '',
      '',
    ]);
    rows.push([
      'result recording, same, vs pgbench -M extended (re-planned per statement; the pre-12-02 method)',
      `${rec.httpRps} req/s (HTTP)`,
      rec.pgbenchExtendedTps === null ? 'pgbench missing' : `${rec.pgbenchExtendedTps} tps`,
      rec.ratioVsExtended === null ? 'skipped' : String(rec.ratioVsExtended),
      '',
      '',
    ]);
    const c = rec.cpuMsPerResult;
    rows.push([
      'recording CPU ms per result: PostgreSQL (HTTP / pgbench prepared / extended), server thread',
      `PG ${c.httpPostgres} / ${c.pgbenchPostgres ?? 'n/a'} / ${c.pgbenchExtendedPostgres ?? 'n/a'}`,
      `server main thread ${c.httpServerMainThread}, autocannon + GC threads ${c.httpLoadGenerator}, pgbench client ${c.pgbenchClient ?? 'n/a'}`,
      '',
      '',
      '',
    ]);
    rows.push([
      'transactions rolled back / retried per result: HTTP / pgbench',
      `${rec.retriesPerResult.http} / ${rec.retriesPerResult.pgbench ?? 'n/a'}`,
      `p50 ${rec.httpLatencyP50Ms} ms, p99 ${rec.httpLatencyP99Ms} ms (HTTP)`,
      '',
      '',
      '',
    ]);
    rows.push([
      'integrity after recording',
      `${rec.integrity.checked} checked`,
      `${rec.integrity.violations.length} violations`,
      '',
      '0',
      verdict(rec.integrity.ok),
    ]);
  }
  const scale = report.leaderboardScale;
  for (const r of scale?.results ?? []) {
    const size = `${r.playerSeasons.toLocaleString('en')} ps`;
    const timing = (label: string, t: { p50: number; p99: number }, goal = '') => [
      `${label}, ${size}`,
      `p50 ${t.p50} ms`,
      `p99 ${t.p99} ms`,
      '',
      goal,
      goal ? verdict(t.p50 < 10) : '',
    ];
    rows.push(timing('page 1 cache miss, cold', r.firstPageCold, '< 10 ms'));
    rows.push(timing('middle page cache miss', r.middlePageCold));
    rows.push(timing('middle page (after=) cache miss', r.middlePageKeysetCold));
    rows.push(timing('leaderboardPage() page 1', r.firstPage));
    rows.push(timing('leaderboardPage() middle page', r.middlePage));
    rows.push(timing('leaderboardPage() middle page, after=', r.middlePageKeyset));
    rows.push(timing('leaderboardPage() team filter', r.teamPage));
    rows.push(timing('leaderboardTotal()', r.total));
  }
  if (scale) {
    const g = scale.growth;
    rows.push([
      `growth ${g.from} -> ${g.to} ps (p50 ratio)`,
      `page 1 ${g.firstPageP50}x`,
      `cold ${g.firstPageColdP50}x, middle ${g.middlePageP50}x`,
      `total ${g.totalP50}x`,
      'logarithmic',
      '',
    ]);
    rows.push([
      `middle page (after=) / page 1 at ${g.to} ps (p50)`,
      `${g.keysetMiddleVsFirstP50}x`,
      `after= growth ${g.middlePageKeysetP50}x`,
      '',
      '~1x',
      '',
    ]);
  }
  const sse = report.sseFanout;
  if (sse) {
    rows.push([
      `SSE: ${sse.connected} subscribers, write to last event (median of 3)`,
      `${sse.lastMsMedian} ms`,
      `p50 ${sse.rounds.map((r) => r.p50Ms).join('/')} ms`,
      '',
      '< 1000 ms',
      verdict(sse.lastMsMedian < 1000 && sse.rounds.every((r) => r.received === sse.connected)),
    ]);
    const m = sse.memory;
    rows.push([
      'SSE memory: RSS / heap used (MiB)',
      `open ${m.connected.rssMiB} / ${m.connected.heapUsedMiB}`,
      `closed ${m.closed.rssMiB} / ${m.closed.heapUsedMiB}, after GC ${m.closedAfterGc.rssMiB} / ${m.closedAfterGc.heapUsedMiB}`,
      `before ${m.before.rssMiB} / ${m.before.heapUsedMiB}`,
      'no leak',
      verdict(sse.listenersAfterClose === 0 && m.closedAfterGc.heapUsedMiB < m.before.heapUsedMiB + 20),
    ]);
  }
  const soak = report.soak;
  if (soak) {
    rows.push([
      `soak ${soak.rate} req/s, ${soak.seconds} s, ${soak.recordedAtStart} -> ${soak.recordedAtEnd} results`,
      `p99 first ${soak.firstWindowP99Ms} ms`,
      `last ${soak.lastWindowP99Ms} ms, worst ${soak.worstWindowP99Ms} ms`,
      String(round(soak.lastWindowP99Ms / soak.firstWindowP99Ms, 2)),
      'flat',
      '',
    ]);
    rows.push([
      `standings source at ${soak.recordedAtEnd} results (${soak.rebuild.finishedFixtures} fixtures), p50`,
      `tallies ${soak.rebuild.tallyQueryP50Ms} ms`,
      `unnest (before) ${soak.rebuild.unnestQueryP50Ms} ms`,
      String(soak.rebuild.ratio),
      '',
      `miss ${soak.rebuild.httpStandingsMissP50Ms} ms`,
    ]);
    rows.push([
      'soak server CPU ms per request, per window',
      soak.windows.map((w) => w.serverCpuMsPerRequest).join(' '),
      '',
      '',
      '',
      '',
    ]);
    rows.push([
      'soak p99 per window (ms)',
      soak.windows.map((w) => w.p99).join(' '),
      `failed ${soak.windows.reduce((sum, w) => sum + w.failed, 0)}`,
      '',
      '',
      '',
    ]);
  }
  table(rows);
}
