import { mkdir, open, readdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import postgres from 'postgres';
import { NODE_DUMP_MAGIC, restoreNodeDump, writeNodeDump } from './node-dump.js';
import { findPgTools, pgDump, pgRestore } from './pg-tools.js';

export interface BackupResult {
  file: string;
  format: 'pg_dump' | 'node';
  bytes: number;
}

const PG_MAGIC = 'PGDMP';

/** 2026-12-01T21-05-09Z: sorts by time, and has no colon (Windows, Docker volume browsers). */
export function backupName(now = new Date()): string {
  return `${now
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replaceAll(':', '-')}.dump`;
}

export function backupDir(dataDir: string): string {
  return path.join(dataDir, 'backups');
}

function connect(url: string) {
  return postgres(url, { max: 1, onnotice: () => {}, connect_timeout: 10 });
}

async function serverMajor(sql: postgres.Sql): Promise<number> {
  const [row] = await sql<{ v: number }[]>`SELECT current_setting('server_version_num')::int AS v`;
  return Math.floor((row?.v ?? 0) / 10_000);
}

/**
 * `pg_dump -Fc` when a pg_dump of the server's major version is installed, else the Node format
 * (node-dump.ts). Written under a temporary name and renamed, so a half-written file never looks like a
 * backup; then only the newest `keep` backups stay.
 */
export async function backupDatabase(url: string, dataDir: string, keep: number): Promise<BackupResult> {
  const dir = backupDir(dataDir);
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const file = path.join(dir, backupName());
  const partial = `${file}.partial`;
  const sql = connect(url);
  try {
    const tools = await findPgTools(await serverMajor(sql));
    if (tools) await pgDump(tools.dump, url, partial);
    else await writeNodeDump(sql, partial);
    await rename(partial, file);
    await prune(dir, keep);
    return { file, format: tools ? 'pg_dump' : 'node', bytes: (await stat(file)).size };
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  } finally {
    await sql.end({ timeout: 5 });
  }
}

async function prune(dir: string, keep: number): Promise<void> {
  const backups = (await readdir(dir)).filter((name) => /^\d{4}-\d\d-\d\dT[\d-]+Z\.dump$/.test(name)).sort();
  for (const name of backups.slice(0, Math.max(0, backups.length - keep))) await rm(path.join(dir, name));
}

export async function newestBackupTime(dataDir: string): Promise<number | null> {
  try {
    const names = (await readdir(backupDir(dataDir))).filter((name) => name.endsWith('.dump')).sort();
    const newest = names.at(-1);
    return newest ? (await stat(path.join(backupDir(dataDir), newest))).mtimeMs : null;
  } catch {
    return null;
  }
}

async function formatOf(file: string): Promise<'pg_dump' | 'node'> {
  const handle = await open(file, 'r');
  try {
    const { buffer } = await handle.read(Buffer.alloc(5), 0, 5, 0);
    if (buffer.toString('latin1') === PG_MAGIC) return 'pg_dump';
    // The Node format is gzip (1f 8b); its first line is checked when it is read.
    if (buffer[0] === 0x1f && buffer[1] === 0x8b) return 'node';
  } finally {
    await handle.close();
  }
  throw new Error(`${file} is neither a pg_dump custom archive nor a ${NODE_DUMP_MAGIC} backup`);
}

/** League data, as opposed to the rows the migrations seed (ranks and the like). */
export async function holdsLeagueData(url: string): Promise<boolean> {
  const sql = connect(url);
  try {
    const [row] = await sql`
      SELECT EXISTS (SELECT 1 FROM users) OR EXISTS (SELECT 1 FROM players)
          OR EXISTS (SELECT 1 FROM teams) OR EXISTS (SELECT 1 FROM seasons) AS data`;
    return Boolean(row?.data);
  } finally {
    await sql.end({ timeout: 5 });
  }
}

export class RestoreRefused extends Error {}

/** Restores into a migrated database; one holding league data only with `force`. */
export async function restoreDatabase(
  url: string,
  file: string,
  options: { force: boolean },
): Promise<{ format: 'pg_dump' | 'node' }> {
  await stat(file);
  const format = await formatOf(file);
  if (!options.force && (await holdsLeagueData(url))) {
    throw new RestoreRefused(
      'The database already holds league data; restore into an empty database, or add --force to replace it',
    );
  }
  const sql = connect(url);
  try {
    if (format === 'node') {
      await restoreNodeDump(sql, file);
    } else {
      const tools = await findPgTools(await serverMajor(sql));
      if (!tools) {
        throw new Error(
          'This backup was written by pg_dump; restoring it needs pg_restore of the same PostgreSQL major version',
        );
      }
      await pgRestore(tools.restore, url, file);
    }
  } finally {
    await sql.end({ timeout: 5 });
  }
  return { format };
}
