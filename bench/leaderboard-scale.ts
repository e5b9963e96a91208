import { performance } from 'node:perf_hooks';
import { type SQL, sql } from 'drizzle-orm';
import { parseConfig } from '../apps/server/src/config.js';
import { connectDatabase, type Executor } from '../apps/server/src/db/client.js';
import { ReadCache } from '../apps/server/src/modules/leaderboards/cache.js';
import { encodeCursor, type LeaderboardCursor } from '../apps/server/src/modules/leaderboards/cursor.js';
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
      const cold = (from: number | string) =>
        leaderboardService(db, new ReadCache()).leaderboard(seasonId, {}, 50, from);
      // The cursor a client holds after reading the rows before the middle: `?after=` from there.
      const [before] = await leaderboardPage(db, seasonId, {}, 1, middle - 1);
      const cursor: LeaderboardCursor = {
        key: {
          points: before!.accumulated_points,
          wins: before!.wins,
          matches: before!.matches_played,
          name: before!.player_name,
          id: before!.player_season_id,
        },
        offset: middle,
        position: before!.position,
      };
      const byKey = await leaderboardPage(db, seasonId, {}, 50, cursor);
      const byOffset = await leaderboardPage(db, seasonId, {}, 50, middle);
      if (JSON.stringify(byKey) !== JSON.stringify(byOffset))
        throw new Error(`keyset and offset pages differ at ${middle} of ${size}`);
      results.push({
        playerSeasons: size,
        pointLogs: Number(counts!.logs),
        loadSeconds,
        firstPageCold: await sample(options.samples, () => cold(0)),
        middlePageCold: await sample(options.samples, () => cold(middle)),
        middlePageKeysetCold: await sample(options.samples, () => cold(encodeCursor(cursor))),
        firstPage: await sample(options.samples, () => leaderboardPage(db, seasonId, {}, 50, 0)),
        middlePage: await sample(options.samples, () => leaderboardPage(db, seasonId, {}, 50, middle)),
        middlePageKeyset: await sample(options.samples, () => leaderboardPage(db, seasonId, {}, 50, cursor)),
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
        await leaderboardPage(explaining(db, captured), seasonId, {}, 50, cursor);
        plans[`first page at ${size}`] = captured[0]!;
        plans[`middle page (offset ${middle}) at ${size}`] = captured[1]!;
        plans[`total at ${size}`] = captured[2]!;
        plans[`middle page (after=) at ${size}`] = captured[3]!;
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
      middlePageKeysetP50: round(largest.middlePageKeyset.p50 / smallest.middlePageKeyset.p50, 2),
      // §8: a deep page by cursor against the first page, same size, same run.
      keysetMiddleVsFirstP50: round(largest.middlePageKeyset.p50 / largest.firstPage.p50, 2),
      totalP50: round(largest.total.p50 / smallest.total.p50, 2),
    },
    plans,
  };
}
