import { fork } from 'node:child_process';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { roundRobin } from '@pingpong/domain';
import autocannon from 'autocannon';
import { standingsSource } from '../apps/server/src/modules/leaderboards/repository.js';
import { type BenchCluster, startApp } from './cluster.js';
import { addPlayers, createSeason } from './seed.js';
import { median, round } from './stats.js';

export interface SoakOptions {
  /** Steady request rate of the mixed traffic. */
  rate: number;
  seconds: number;
  windowSeconds: number;
  /** Results recorded (as fast as they go) before the soak starts: a season already under way. */
  prerecorded: number;
}

const BODY = { home_sets: [11, 9, 12, 11], guest_sets: [7, 11, 10, 5] };

/** A 16-club season whose fixtures have 9 singles each, matches listed in the order a season plays them. */
export async function seedSeasonForBench(cluster: BenchCluster, matchesNeeded: number) {
  const { sql } = cluster;
  const { seasonId, teamIds } = await createSeason(sql, { name: 'Bench soak', status: 'ACTIVE', teams: 16 });
  await addPlayers(sql, seasonId, teamIds, 0, 128, { logs: false });
  const cycle = roundRobin(teamIds);
  const rounds = Math.ceil(matchesNeeded / (9 * 8)) + 1;
  const fixtures = Array.from({ length: rounds }, (_, r) =>
    cycle.filter((p) => p.round === (r % 15) + 1).map((p) => ({ ...p, round: r + 1, season_id: seasonId })),
  ).flat();
  await sql`INSERT INTO rounds (season_id, round) SELECT ${seasonId}, generate_series(1, ${rounds}::int)`;
  for (let i = 0; i < fixtures.length; i += 1000) {
    await sql`INSERT INTO fixtures ${sql(fixtures.slice(i, i + 1000), 'season_id', 'round', 'home_team_id', 'guest_team_id')}`;
  }
  await sql`
    INSERT INTO matches (fixture_id, match_order, match_type, home_player1_id, guest_player1_id)
    SELECT f.id, o, 'SINGLE', hp.player_id, gp.player_id
    FROM fixtures f CROSS JOIN generate_series(1, 9) o
    CROSS JOIN LATERAL (SELECT player_id FROM player_seasons WHERE season_id = f.season_id AND team_id = f.home_team_id
                        ORDER BY display_order OFFSET (o - 1) % 8 LIMIT 1) hp
    CROSS JOIN LATERAL (SELECT player_id FROM player_seasons WHERE season_id = f.season_id AND team_id = f.guest_team_id
                        ORDER BY display_order OFFSET (o * 3) % 8 LIMIT 1) gp
    WHERE f.season_id = ${seasonId}`;
  const matches = await sql<{ id: string }[]>`
    SELECT m.id FROM matches m JOIN fixtures f ON f.id = m.fixture_id
    WHERE f.season_id = ${seasonId} ORDER BY f.round, f.id, m.match_order`;
  await sql`VACUUM ANALYZE`;
  return { seasonId, matchIds: matches.map((m) => m.id) };
}

/**
 * Issue 10 "Growth": a steady mixed load (reads of the live tables, one result in ten) while the season
 * grows, p99 reported per window. Each result invalidates the read cache, so the next reads rebuild the
 * standings and the leaderboard: if that cost grows with the recorded matches, p99 climbs over time.
 */
export async function benchSoak(cluster: BenchCluster, options: SoakOptions) {
  const writeShare = 0.1;
  const writes = Math.ceil(options.rate * options.seconds * writeShare) + 100;
  const { seasonId, matchIds } = await seedSeasonForBench(cluster, options.prerecorded + writes);
  const bench = await startApp(cluster);
  const auth = { authorization: `Bearer ${bench.moderatorToken}`, 'content-type': 'application/json' };
  try {
    const early = matchIds.slice(0, options.prerecorded);
    if (early.length > 0) {
      const result = await autocannon({
        url: bench.baseUrl,
        connections: 8,
        amount: early.length,
        workers: 1,
        headers: auth,
        initialContext: { matchIds: early },
        requests: [
          {
            method: 'POST',
            body: JSON.stringify(BODY),
            setupRequest: path.join(import.meta.dirname, 'record-request.cts'),
          },
        ],
      });
      if (result.non2xx > 0) throw new Error(`${result.non2xx} results refused while preparing the soak`);
    }
    const [state] = await cluster.sql<{ recorded: number; completed: number }[]>`
      SELECT (SELECT count(*)::int FROM matches m JOIN fixtures f ON f.id = m.fixture_id
              WHERE f.season_id = ${seasonId} AND m.recorded_at IS NOT NULL) AS recorded,
             (SELECT count(*)::int FROM fixtures WHERE season_id = ${seasonId} AND status = 'COMPLETED') AS completed`;
    const base = `/api/v1/seasons/${seasonId}`;
    const mix = [
      {
        name: 'result',
        weight: writeShare,
        method: 'POST',
        token: bench.moderatorToken,
        body: BODY,
        paths: matchIds.slice(options.prerecorded).map((id) => `/api/v1/matches/${id}/result`),
      },
      { name: 'standings', weight: 0.3, method: 'GET', path: `${base}/standings` },
      { name: 'leaderboard', weight: 0.3, method: 'GET', path: `${base}/leaderboard` },
      { name: 'fixtures', weight: 0.15, method: 'GET', path: `${base}/fixtures?round=3` },
      { name: 'season', weight: 0.15, method: 'GET', path: base },
    ];
    // 5 s of the same traffic first (reads only: the writes are counted), so JIT warm-up is not window 1.
    const warmup = fork(path.join(import.meta.dirname, 'soak-load.mjs'), [], { stdio: 'inherit' });
    const warmed = new Promise((resolve) => warmup.once('message', resolve));
    warmup.send({
      baseUrl: bench.baseUrl,
      rate: options.rate,
      seconds: 5,
      windowSeconds: 5,
      mix: mix.slice(1),
    });
    await warmed;
    warmup.kill();
    const child = fork(path.join(import.meta.dirname, 'soak-load.mjs'), [], { stdio: 'inherit' });
    const report = new Promise<{
      windows: Window[];
      totals: { requests: number; statuses: Record<string, number> };
    }>((resolve) => child.once('message', resolve as never));
    // The server's CPU per window: what each request costs it, less blurred by other load than latency is.
    const cpu: number[] = [];
    let last = process.cpuUsage();
    const sampler = setInterval(() => {
      const now = process.cpuUsage();
      cpu.push((now.user - last.user + now.system - last.system) / 1000);
      last = now;
    }, options.windowSeconds * 1000);
    child.send({
      baseUrl: bench.baseUrl,
      rate: options.rate,
      seconds: options.seconds,
      windowSeconds: options.windowSeconds,
      mix,
    });
    const { windows, totals } = await report;
    clearInterval(sampler);
    child.kill();
    const rebuild = await standingsRebuild(bench, seasonId);
    const [after] = await cluster.sql<{ recorded: number }[]>`
      SELECT count(*)::int AS recorded FROM matches m JOIN fixtures f ON f.id = m.fixture_id
      WHERE f.season_id = ${seasonId} AND m.recorded_at IS NOT NULL`;
    const measured = windows.filter((w) => w.requests > 0);
    return {
      rate: options.rate,
      seconds: options.seconds,
      windowSeconds: options.windowSeconds,
      recordedAtStart: state!.recorded,
      completedFixturesAtStart: state!.completed,
      recordedAtEnd: after!.recorded,
      totals,
      firstWindowP99Ms: round(measured[0]!.p99!, 1),
      lastWindowP99Ms: round(measured.at(-1)!.p99!, 1),
      worstWindowP99Ms: round(Math.max(...measured.map((w) => w.p99!)), 1),
      rebuild,
      windows: windows.map((w, i) => ({
        ...w,
        p50: round(w.p50 ?? 0, 1),
        p99: round(w.p99 ?? 0, 1),
        max: round(w.max ?? 0, 1),
        serverCpuMsPerRequest: cpu[i] === undefined ? null : round(cpu[i]! / w.requests, 2),
      })),
    };
  } finally {
    await bench.close();
  }
}

/**
 * At the end of the soak, the standings' source query as it was (every set of the season unnested and
 * aggregated as JSON) against the tallies it reads now, alternating, and a whole cache miss over HTTP.
 */
async function standingsRebuild(bench: Awaited<ReturnType<typeof startApp>>, seasonId: string) {
  const { sql } = bench.database;
  const before = () => sql`
    SELECT f.id, f.home_team_id, f.guest_team_id, f.status, f.home_score, f.guest_score, f.walkover_winner_team_id,
           count(m.id)::int AS match_count,
           coalesce(json_agg(json_build_object(
             'home_games', g.home_games, 'guest_games', g.guest_games,
             'home_balls', g.home_balls, 'guest_balls', g.guest_balls))
             FILTER (WHERE m.recorded_at IS NOT NULL), '[]') AS matches
    FROM fixtures f
    LEFT JOIN matches m ON m.fixture_id = f.id
    LEFT JOIN LATERAL (
      SELECT count(*) FILTER (WHERE h > a)::int AS home_games, count(*) FILTER (WHERE a > h)::int AS guest_games,
             coalesce(sum(h), 0)::int AS home_balls, coalesce(sum(a), 0)::int AS guest_balls
      FROM unnest(m.home_sets, m.guest_sets) AS s(h, a)
    ) g ON true
    WHERE f.season_id = ${seasonId} AND f.status IN ('COMPLETED', 'WALKOVER')
    GROUP BY f.id`;
  const after = () => standingsSource(bench.database.db, seasonId);
  const miss = async () => {
    bench.app.events.publish({ type: 'league_changed', season_id: null });
    await (await fetch(`${bench.baseUrl}/api/v1/seasons/${seasonId}/standings`)).arrayBuffer();
  };
  const times = { before: [] as number[], after: [] as number[], miss: [] as number[] };
  for (let i = 0; i < 25; i++) {
    for (const [name, work] of [
      ['before', before],
      ['after', after],
      ['miss', miss],
    ] as const) {
      const started = performance.now();
      await work();
      times[name].push(performance.now() - started);
    }
  }
  const [fixtures] = await sql<{ n: number }[]>`
    SELECT count(*)::int AS n FROM fixtures WHERE season_id = ${seasonId} AND status IN ('COMPLETED', 'WALKOVER')`;
  return {
    finishedFixtures: fixtures!.n,
    unnestQueryP50Ms: round(median(times.before), 2),
    tallyQueryP50Ms: round(median(times.after), 2),
    ratio: round(median(times.after) / median(times.before), 3),
    httpStandingsMissP50Ms: round(median(times.miss), 2),
  };
}

interface Window {
  from: number;
  requests: number;
  failed: number;
  p50: number | null;
  p99: number | null;
  max: number | null;
  byKind: Record<string, { p50: number | null; p99: number | null }>;
}
