// biome-ignore-all lint/suspicious/noExplicitAny: prints whatever the benchmarks reported
type Report = Record<string, any>;

const goal = (ok: boolean | null) => (ok === null ? 'n/a' : ok ? 'ok' : 'MISSED');

function table(rows: string[][]) {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  for (const [index, row] of rows.entries()) {
    console.log(row.map((cell, column) => cell.padEnd(widths[column]!)).join('  '));
    if (index === 0) console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  }
}

/** The summary table printed at the end of `npm run bench`. */
export function printReport(report: Report) {
  const m = report.machine;
  console.log(`\nPing Pong League benchmarks (${report.mode}, ${report.seconds} s) — ${m.cpus} CPUs, ${m.cpuModel}, Node ${m.node}`);
  const rows = [['measure', 'subject', 'baseline', 'ratio / value', 'goal', '']];
  for (const read of report.leaderboardRead ?? []) {
    rows.push([
      `leaderboard read, ${read.page}`,
      `${read.subjectRps} req/s`,
      `${read.baselineRps} req/s (same bytes)`,
      String(read.ratio),
      '>= 0.8',
      goal(read.ratio >= 0.8),
    ]);
  }
  const rec = report.resultRecording;
  if (rec) {
    rows.push([
      `result recording, ${rec.clients} clients`,
      `${rec.httpRps} req/s (HTTP)`,
      rec.pgbenchTps === null ? 'pgbench missing' : `${rec.pgbenchTps} tps (pgbench)`,
      rec.ratio === null ? 'skipped' : String(rec.ratio),
      '>= 0.6',
      goal(rec.ratio === null ? null : rec.ratio >= 0.6),
    ]);
    rows.push([
      'integrity after recording',
      `${rec.integrity.checked} checked`,
      '',
      `${rec.integrity.violations.length} violations`,
      '0',
      goal(rec.integrity.ok),
    ]);
  }
  const scale = report.leaderboardScale;
  for (const r of scale?.results ?? []) {
    const label = `${r.playerSeasons.toLocaleString('en')} ps / ${r.pointLogs.toLocaleString('en')} logs`;
    rows.push([`leaderboard first page (cache miss), ${label}`, `p50 ${r.firstPageMiss.p50} ms`, `p99 ${r.firstPageMiss.p99} ms`, '', '< 10 ms', goal(r.firstPageMiss.p50 < 10)]);
    rows.push([`leaderboard middle page (cache miss), ${label}`, `p50 ${r.middlePageMiss.p50} ms`, `p99 ${r.middlePageMiss.p99} ms`, '', '', '']);
    rows.push([`leaderboardPage() first, ${label}`, `p50 ${r.firstPage.p50} ms`, `p99 ${r.firstPage.p99} ms`, '', '', '']);
    rows.push([`leaderboardPage() middle, ${label}`, `p50 ${r.middlePage.p50} ms`, `p99 ${r.middlePage.p99} ms`, '', '', '']);
    rows.push([`leaderboardTotal(), ${label}`, `p50 ${r.total.p50} ms`, `p99 ${r.total.p99} ms`, '', '', '']);
    rows.push([`leaderboardPage() team filter, ${label}`, `p50 ${r.teamPage.p50} ms`, `p99 ${r.teamPage.p99} ms`, '', '', '']);
  }
  if (scale) {
    const g = scale.growth;
    rows.push([
      `growth ${g.from} -> ${g.to} (p50 ratio)`,
      `miss ${g.firstPageMissP50}x, first ${g.firstPageP50}x`,
      `middle ${g.middlePageP50}x`,
      `total ${g.totalP50}x`,
      'logarithmic',
      '',
    ]);
  }
  table(rows);
}
