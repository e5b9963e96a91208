import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { connectDatabase } from '../db/client.js';
import { openDatabase } from '../db/open.js';
import { leaderboardPage } from '../modules/leaderboards/repository.js';
import { DemoRefused, fillDemoLeague } from './demo/league.js';

/**
 * `npm run demo [-- --force] [-- --seed N]`: fills the configured database (the embedded one in DATA_DIR by
 * default, even while `npm start` is running on it) with a deterministic demo league.
 */
const { values } = parseArgs({
  options: {
    force: { type: 'boolean', default: false },
    seed: { type: 'string' },
  },
});
const seed = values.seed === undefined ? undefined : Number(values.seed);
if (seed !== undefined && !Number.isSafeInteger(seed)) {
  console.error('--seed must be a whole number');
  process.exit(2);
}

const config = loadConfig();
const opened = await openDatabase(config, () => {}, { shareRunning: true });
const database = connectDatabase(opened.url, config.database, 'pingpong-demo');
try {
  const summary = await fillDemoLeague(database, {
    force: values.force,
    seed,
    log: (line) => console.log(`  ${line}`),
  });
  const top = await leaderboardPage(database.db, summary.seasonId, {}, 5, 0);
  console.log(
    `\nDemo league ready: "${summary.seasonName}" — ${summary.teams} clubs, ${summary.players} players, ` +
      `${summary.fixtures} fixtures, ${summary.results} results (rounds ${summary.completedRounds.join(', ')} completed).`,
  );
  for (const row of top) {
    console.log(
      `  ${String(row.position).padStart(2)}. ${row.player_name} (${row.team_name}) ${row.accumulated_points} pts`,
    );
  }
  console.log(
    opened.shared
      ? `\nThe running server shows it now: http://localhost:${config.port}/`
      : `\nStart the server with \`npm start\` and open http://localhost:${config.port}/`,
  );
} catch (error) {
  console.error(error instanceof DemoRefused ? error.message : error);
  process.exitCode = 1;
} finally {
  await database.close();
  await opened.stop();
}
