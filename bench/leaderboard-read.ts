import { type ChildProcess, spawn } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
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
  statusCodes?: unknown;
}

async function load(
  url: string,
  seconds: number,
  connections: number,
  headers: Record<string, string>,
): Promise<Run> {
  // A worker thread generates the load, so it does not share the server's event loop.
  const result = await autocannon({ url, connections, duration: seconds, workers: 1, headers });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    statusCodes: result.statusCodeStats,
  };
}

// Per-connection or per-moment headers: the raw server must not replay them.
const NOT_REPLAYED = new Set(['date', 'connection', 'keep-alive', 'content-length', 'transfer-encoding']);

/** A bare node:http server in another process, sending the captured responses (bench/raw-server.mjs). */
async function startRawServer(routes: Record<string, { headers: Record<string, string>; body: string }>) {
  const file = path.join(tmpdir(), `pingpong-raw-${process.pid}.json`);
  await writeFile(file, JSON.stringify(routes));
  const child: ChildProcess = spawn(
    process.execPath,
    [path.join(import.meta.dirname, 'raw-server.mjs'), file],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const port = await new Promise<string>((resolve, reject) => {
    child.once('error', reject);
    createInterface({ input: child.stdout! }).once('line', resolve);
  });
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/**
 * SPEC §5 and §8: the leaderboard of a 500-player season against two baselines sending the same bytes:
 * `memory`, a bench-only route on the same app (every global hook, no leaderboard work), and `raw`, a bare
 * node:http server in another process (no framework at all; §8's bar is 0.8 of it). The three sides rotate
 * (ABC, CBA, ...) so drift on a noisy machine hits all of them; medians are compared.
 */
export async function benchLeaderboardRead(cluster: BenchCluster, options: ReadOptions) {
  const { seasonId, teamIds } = await createSeason(cluster.sql, {
    name: 'Bench read',
    status: 'FINISHED',
    teams: 20,
  });
  await addPlayers(cluster.sql, seasonId, teamIds, 0, 500, { logs: true });

  const pages: Array<{ name: string; path: string; headers: Record<string, string> }> = [
    { name: 'first page (limit 50)', path: `/api/v1/seasons/${seasonId}/leaderboard`, headers: {} },
    {
      name: 'first page, gzip/br accepted',
      path: `/api/v1/seasons/${seasonId}/leaderboard`,
      headers: { 'accept-encoding': 'gzip, deflate, br' },
    },
    {
      name: 'whole table (limit 200)',
      path: `/api/v1/seasons/${seasonId}/leaderboard?limit=200`,
      headers: {},
    },
  ];
  const copies = new Map<string, { body: Buffer; headers: Record<string, string> }>();
  const bench = await startApp(cluster, (app) => {
    // Bench only: the exact bytes and headers of a leaderboard response, straight from memory.
    app.get('/bench/static/:page', (request, reply) => {
      const copy = copies.get((request.params as { page: string }).page)!;
      return reply.headers(copy.headers).send(copy.body);
    });
  });

  const captured: Record<string, { headers: Record<string, string>; body: string }> = {};
  for (const [index, page] of pages.entries()) {
    // node:fetch would decompress; autocannon does not, so the bytes are captured raw.
    const response = await new Promise<{ headers: Record<string, string>; body: Buffer }>(
      (resolve, reject) => {
        get(`${bench.baseUrl}${page.path}`, { headers: page.headers }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => {
            const headers: Record<string, string> = {};
            for (const [name, value] of Object.entries(res.headers))
              if (!NOT_REPLAYED.has(name) && typeof value === 'string') headers[name] = value;
            resolve({ headers, body: Buffer.concat(chunks) });
          });
        }).on('error', reject);
      },
    );
    // The bench-only route sets its own request id and whatever its hooks add; only the content is copied.
    const { 'x-request-id': _id, ...headers } = response.headers;
    copies.set(String(index), {
      body: response.body,
      headers: {
        'content-type': headers['content-type'] ?? '',
        etag: headers.etag ?? '',
        'cache-control': headers['cache-control'] ?? '',
        ...(headers['content-encoding'] ? { 'content-encoding': headers['content-encoding'] } : {}),
        ...(headers.vary ? { vary: headers.vary } : {}),
      },
    });
    captured[`/raw/${index}`] = { headers: response.headers, body: response.body.toString('base64') };
  }
  const raw = await startRawServer(captured);

  const report = [];
  try {
    for (const [index, page] of pages.entries()) {
      const { body } = copies.get(String(index))!;
      const urls = {
        subject: `${bench.baseUrl}${page.path}`,
        memory: `${bench.baseUrl}/bench/static/${index}`,
        raw: `${raw.baseUrl}/raw/${index}`,
      };
      for (const url of Object.values(urls)) await load(url, 2, options.connections, page.headers);

      const runs: Record<keyof typeof urls, Run[]> = { subject: [], memory: [], raw: [] };
      const sides = Object.keys(urls) as Array<keyof typeof urls>;
      for (let r = 0; r < options.rounds; r++) {
        for (const side of r % 2 === 0 ? sides : [...sides].reverse()) {
          runs[side].push(await load(urls[side], options.seconds, options.connections, page.headers));
        }
      }
      const failures = Object.values(runs)
        .flat()
        .reduce((sum, run) => sum + run.non2xx + run.errors, 0);
      if (failures > 0)
        throw new Error(
          `${failures} leaderboard bench requests failed (rate limit or errors): ${JSON.stringify(
            Object.fromEntries(
              sides.map((side) => [side, runs[side].map((run) => [run.non2xx, run.errors, run.statusCodes])]),
            ),
          )}`,
        );
      const rps = (side: keyof typeof urls) => median(runs[side].map((run) => run.rps));
      // Each round measures the three sides back to back: a ratio per round cancels most drift between rounds.
      const perRound = (side: 'memory' | 'raw') =>
        runs.subject.map((run, r) => round(run.rps / runs[side][r]!.rps, 3));
      report.push({
        page: page.name,
        bodyBytes: body.length,
        contentEncoding: copies.get(String(index))!.headers['content-encoding'] ?? 'identity',
        connections: options.connections,
        rounds: options.rounds,
        secondsPerRun: options.seconds,
        subjectRps: round(rps('subject'), 0),
        baselineRps: round(rps('memory'), 0),
        ratio: median(perRound('memory')),
        ratios: perRound('memory'),
        rawRps: round(rps('raw'), 0),
        rawRatio: median(perRound('raw')),
        rawRatios: perRound('raw'),
        subjectLatencyP50Ms: median(runs.subject.map((run) => run.p50)),
        subjectLatencyP99Ms: median(runs.subject.map((run) => run.p99)),
        runs: Object.fromEntries(sides.map((side) => [side, runs[side].map((run) => round(run.rps, 0))])),
      });
    }
  } finally {
    await raw.stop();
    await bench.close();
  }
  return report;
}
