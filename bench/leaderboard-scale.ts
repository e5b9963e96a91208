import { performance } from 'node:perf_hooks';
import { type SQL, sql } from 'drizzle-orm';
import { parseConfig } from '../apps/server/src/config.js';
import { connectDatabase, type Executor } from '../apps/server/src/db/client.js';
import { ReadCache } from '../apps/server/src/modules/leaderboards/cache.js';
import { leaderboardPage, leaderboardTotal } from '../apps/server/src/modules/leaderboards/repository.js';
import { leaderboardService } from '../apps/server/src/modules/leaderboards/service.js';
import type { BenchCluster } from './cluster.js';
import { addPlayers, createSeason } from './seed.js';
import { percentile, round } from './stats.js';

export interface ScaleOptions {
  sizes: number[];
  samples: number;
}

async function sample(samples: number, work: () => Promise<unknown>) {
  for (let i = 0; i < 10; i++) await work();
  const times: number[] = [];
  for (let i = 0; i < samples; i++) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  return { p50: round(percentile(times, 50), 3), p99: round(percentile(times, 99), 3) };
}

/** Runs the repository's own query under EXPLAIN: an executor that rewrites whatever it is asked to run. */
function explaining(db: Executor, plans: string[]): Executor {
  return {
    execute: async (query: SQL) => {
      const rows = await db.execute<{ 'QUERY PLAN': string }>(sql`EXPLAIN (ANALYZE, BUFFERS) ${query}`);
      plans.push(rows.map((row) => row['QUERY PLAN']).join('\n'));
      return [];
    },
  } as unknown as Executor;
}

/**
 * SPEC §5: a leaderboard page at 100 000 player_seasons and 5 000 000 point logs in p50 < 10 ms, growing
 * logarithmically from 1 000. Uncached: the repository functions the cache calls on a miss, timed directly.
 */
export async function benchLeaderboardScale(
  cluster: BenchCluster,
  options: ScaleOptions,
  log: (line: string) => void,
) {
  const database = connectDatabase(cluster.url, {
    ...parseConfig({ NODE_ENV: 'test' }).database,
    poolMax: 2,
  });
  const { db } = database;
  const { seasonId, teamIds } = await createSeason(cluster.sql, {
    name: 'Bench scale',
    status: 'FINISHED',
    teams: 200,
  });
  const results = [];
  const plans: Record<string, string> = {};
  let loaded = 0;
  try {
    for (const size of options.sizes) {
      const started = performance.now();
      await addPlayers(cluster.sql, seasonId, teamIds, loaded, size, { logs: true });
      loaded = size;
      const [counts] = await cluster.sql<{ logs: string }[]>`SELECT count(*) AS logs FROM player_point_logs`;
      const loadSeconds = round((performance.now() - started) / 1000, 1);
      log(`  ${size} player_seasons loaded (${counts!.logs} point logs in the database) in ${loadSeconds} s`);
      const middle = Math.floor(size / 2);
      // What a cache miss costs the API (after any write, or a restart): season lookup, page and total
      // side by side, serialization.
      const cold = (offset: number) =>
        leaderboardService(db, new ReadCache()).leaderboard(seasonId, {}, 50, offset);
      results.push({
        playerSeasons: size,
        pointLogs: Number(counts!.logs),
        loadSeconds,
        firstPageCold: await sample(options.samples, () => cold(0)),
        middlePageCold: await sample(options.samples, () => cold(middle)),
        firstPage: await sample(options.samples, () => leaderboardPage(db, seasonId, {}, 50, 0)),
        middlePage: await sample(options.samples, () => leaderboardPage(db, seasonId, {}, 50, middle)),
        total: await sample(options.samples, () => leaderboardTotal(db, seasonId, {})),
        teamPage: await sample(options.samples, () =>
          leaderboardPage(db, seasonId, { teamId: teamIds[0]! }, 50, 0),
        ),
      });
      if (size === options.sizes.at(-1)) {
        const captured: string[] = [];
        await leaderboardPage(explaining(db, captured), seasonId, {}, 50, 0);
        await leaderboardPage(explaining(db, captured), seasonId, {}, 50, middle);
        await leaderboardTotal(explaining(db, captured), seasonId, {});
        plans[`first page at ${size}`] = captured[0]!;
        plans[`middle page (offset ${middle}) at ${size}`] = captured[1]!;
        plans[`total at ${size}`] = captured[2]!;
      }
    }
  } finally {
    await database.close();
  }
  const [smallest, largest] = [results[0]!, results.at(-1)!];
  return {
    results,
    growth: {
      from: smallest.playerSeasons,
      to: largest.playerSeasons,
      firstPageColdP50: round(largest.firstPageCold.p50 / smallest.firstPageCold.p50, 2),
      firstPageP50: round(largest.firstPage.p50 / smallest.firstPage.p50, 2),
      middlePageP50: round(largest.middlePage.p50 / smallest.middlePage.p50, 2),
      totalP50: round(largest.total.p50 / smallest.total.p50, 2),
    },
    plans,
  };
}
