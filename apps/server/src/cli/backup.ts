import { loadConfig } from '../config.js';
import { openDatabase } from '../db/open.js';
import { backupDatabase } from '../modules/backups/service.js';

/** `npm run backup`: one backup of the configured (or embedded) database into $DATA_DIR/backups. */
const config = loadConfig();
const opened = await openDatabase(config, () => {}, { shareRunning: true });
try {
  const result = await backupDatabase(opened.url, config.dataDir, config.backupKeep);
  console.log(`Backup written: ${result.file} (${result.format} format, ${result.bytes} bytes)`);
} catch (error) {
  console.error(`Backup failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await opened.stop();
}
