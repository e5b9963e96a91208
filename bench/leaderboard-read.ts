import autocannon from 'autocannon';
import { type BenchCluster, startApp } from './cluster.js';
import { addPlayers, createSeason } from './seed.js';
import { median, round } from './stats.js';

export interface ReadOptions {
  rounds: number;
  seconds: number;
  connections: number;
}

interface Run {
  rps: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
}

async function load(url: string, seconds: number, connections: number): Promise<Run> {
  // A worker thread generates the load, so it does not share the server's event loop.
  const result = await autocannon({ url, connections, duration: seconds, workers: 1 });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}

/**
 * SPEC §5: the leaderboard of a 500-player season at ≥ 80 % of the throughput of the same bytes served
 * from memory by the same server. Baseline and subject alternate (ABBA) so drift on a noisy machine
 * hits both; medians of each side are compared.
 */
export async function benchLeaderboardRead(cluster: BenchCluster, options: ReadOptions) {
  const { seasonId, teamIds } = await createSeason(cluster.sql, {
    name: 'Bench read',
    status: 'FINISHED',
    teams: 20,
  });
  await addPlayers(cluster.sql, seasonId, teamIds, 0, 500, { logs: true });

  const pages = [
    { name: 'first page (limit 50)', path: `/api/v1/seasons/${seasonId}/leaderboard` },
    { name: 'whole table (limit 200)', path: `/api/v1/seasons/${seasonId}/leaderboard?limit=200` },
  ];
  const copies = new Map<string, { body: string; etag: string; type: string }>();
  const bench = await startApp(cluster, (app) => {
    // Bench only: the exact bytes and headers of a leaderboard response, straight from memory.
    app.get('/bench/static/:page', (request, reply) => {
      const copy = copies.get((request.params as { page: string }).page)!;
      return reply
        .header('etag', copy.etag)
        .header('cache-control', 'no-cache')
        .type(copy.type)
        .send(copy.body);
    });
  });

  const report = [];
  try {
    for (const [index, page] of pages.entries()) {
      const original = await fetch(`${bench.baseUrl}${page.path}`);
      const body = await original.text();
      copies.set(String(index), {
        body,
        etag: original.headers.get('etag') ?? '',
        type: original.headers.get('content-type') ?? '',
      });
      const copy = await fetch(`${bench.baseUrl}/bench/static/${index}`);
      if (
        (await copy.text()) !== body ||
        copy.headers.get('content-type') !== original.headers.get('content-type')
      ) {
        throw new Error('the static copy does not match the leaderboard response');
      }
      const subjectUrl = `${bench.baseUrl}${page.path}`;
      const baselineUrl = `${bench.baseUrl}/bench/static/${index}`;
      await load(baselineUrl, 2, options.connections);
      await load(subjectUrl, 2, options.connections);

      const baseline: Run[] = [];
      const subject: Run[] = [];
      for (let r = 0; r < options.rounds; r++) {
        const order = r % 2 === 0 ? ['baseline', 'subject'] : ['subject', 'baseline'];
        for (const side of order) {
          if (side === 'baseline')
            baseline.push(await load(baselineUrl, options.seconds, options.connections));
          else subject.push(await load(subjectUrl, options.seconds, options.connections));
        }
      }
      const failures = [...baseline, ...subject].reduce((sum, run) => sum + run.non2xx + run.errors, 0);
      if (failures > 0)
        throw new Error(`${failures} leaderboard bench requests failed (rate limit or errors)`);
      const baselineRps = median(baseline.map((run) => run.rps));
      const subjectRps = median(subject.map((run) => run.rps));
      report.push({
        page: page.name,
        bodyBytes: Buffer.byteLength(body),
        connections: options.connections,
        rounds: options.rounds,
        secondsPerRun: options.seconds,
        baselineRps: round(baselineRps, 0),
        subjectRps: round(subjectRps, 0),
        ratio: round(subjectRps / baselineRps, 3),
        baselineLatencyP50Ms: median(baseline.map((run) => run.p50)),
        subjectLatencyP50Ms: median(subject.map((run) => run.p50)),
        subjectLatencyP99Ms: median(subject.map((run) => run.p99)),
        runs: {
          baseline: baseline.map((run) => round(run.rps, 0)),
          subject: subject.map((run) => round(run.rps, 0)),
        },
      });
    }
  } finally {
    await bench.close();
  }
  return report;
}
