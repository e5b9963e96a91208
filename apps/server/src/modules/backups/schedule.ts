import type { FastifyBaseLogger } from 'fastify';
import type postgres from 'postgres';
import { backupDatabase, newestBackupTime } from './service.js';

// Any fixed number: instances on one database take turns, so one backup is taken per interval at a time.
const BACKUP_LOCK = 7_240_317;
const FIRST_DELAY_MS = 60_000;

export interface BackupSchedule {
  intervalHours: number;
  keep: number;
  dataDir: string;
  url: string;
}

/**
 * Every BACKUP_INTERVAL_HOURS while the server runs, counted from the newest backup on disk, so a server
 * restarted every night still backs up daily. Returns a stop function.
 */
export function scheduleBackups(
  schedule: BackupSchedule,
  sql: postgres.Sql,
  log: FastifyBaseLogger,
): () => void {
  if (schedule.intervalHours <= 0) return () => {};
  const intervalMs = schedule.intervalHours * 3_600_000;
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;

  const plan = async () => {
    if (stopped) return;
    const newest = await newestBackupTime(schedule.dataDir);
    const due = newest === null ? 0 : newest + intervalMs - Date.now();
    timer = setTimeout(() => void run(), Math.max(FIRST_DELAY_MS, due));
    timer.unref();
  };
  const run = async () => {
    const reserved = await sql.reserve().catch(() => null);
    try {
      const [lock] = reserved ? await reserved`SELECT pg_try_advisory_lock(${BACKUP_LOCK}) AS ok` : [];
      if (lock?.ok) {
        const result = await backupDatabase(schedule.url, schedule.dataDir, schedule.keep);
        log.info(
          { file: result.file, format: result.format, bytes: result.bytes },
          'scheduled backup written',
        );
        await reserved!`SELECT pg_advisory_unlock(${BACKUP_LOCK})`;
      }
    } catch (error) {
      log.error({ err: error }, 'scheduled backup failed');
    } finally {
      reserved?.release();
      await plan().catch(() => {});
    }
  };
  void plan();
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}
