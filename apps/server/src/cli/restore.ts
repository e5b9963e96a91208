import path from 'node:path';
import { parseArgs } from 'node:util';
import postgres from 'postgres';
import { loadConfig } from '../config.js';
import { connectDatabase } from '../db/client.js';
import { openDatabase } from '../db/open.js';
import { RestoreRefused, restoreDatabase } from '../modules/backups/service.js';
import { checkIntegrity } from '../modules/integrity/repository.js';

/** `npm run restore -- FILE [--force]`: into an empty database; one with league data only with --force. */
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { force: { type: 'boolean', default: false } },
});
const file = positionals[0];
if (!file || positionals.length > 1) {
  console.error('Usage: npm run restore -- <backup file> [--force]');
  process.exit(2);
}

const config = loadConfig();
const opened = await openDatabase(config, () => {}, { shareRunning: true });
try {
  const target = path.resolve(process.env.INIT_CWD ?? process.cwd(), file);
  const { format } = await restoreDatabase(opened.url, target, { force: values.force });
  const database = connectDatabase(opened.url, config.database, 'pingpong-restore');
  try {
    const integrity = await checkIntegrity(database.db);
    console.log(
      `Restored ${target} (${format} format); integrity ${integrity.ok ? 'ok' : 'VIOLATED'} over ${integrity.checked} player seasons`,
    );
    if (!integrity.ok) process.exitCode = 1;
    // Running servers drop every cache built from the replaced data.
    const sql = postgres(opened.url, { max: 1, onnotice: () => {} });
    await sql.notify(
      'pingpong_events',
      JSON.stringify({
        origin: 'restore',
        events: [{ type: 'league_changed', season_id: null, at: new Date().toISOString() }],
      }),
    );
    await sql.end({ timeout: 5 });
  } finally {
    await database.close();
  }
} catch (error) {
  console.error(
    error instanceof RestoreRefused
      ? error.message
      : `Restore failed: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exitCode = 1;
} finally {
  await opened.stop();
}
