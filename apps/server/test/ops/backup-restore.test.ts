import { spawn } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { fillDemoLeague } from '../../src/cli/demo/league.js';
import { createTestApp, type TestApp } from '../helpers/app.js';

const SERVER_DIR = path.resolve(import.meta.dirname, '../..');
let t: TestApp;
let dataDir: string;

beforeAll(async () => {
  t = await createTestApp();
  await fillDemoLeague(t.database);
  dataDir = await mkdtemp(path.join(tmpdir(), 'pingpong-backup-'));
});
afterAll(async () => {
  await t.close();
  await rm(dataDir, { recursive: true, force: true });
});

function cli(script: string, args: string[], env: Record<string, string>) {
  return new Promise<{ code: number | null; output: string }>((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', `src/cli/${script}.ts`, ...args], {
      cwd: SERVER_DIR,
      env: { ...process.env, NODE_ENV: 'test', INIT_CWD: SERVER_DIR, DATA_DIR: dataDir, ...env },
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const timer = setTimeout(() => {
      output += `\n[killed after 60 s: ${script} ${args.join(' ')}]`;
      child.kill('SIGKILL');
    }, 60_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

async function emptyDatabase(): Promise<string> {
  const { adminUrl } = inject('postgres');
  const name = `restore_${Math.random().toString(16).slice(2, 10)}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`CREATE DATABASE ${name}`);
  await admin.end();
  return adminUrl.replace(/\/postgres$/, `/${name}`);
}

/** Every table's row count and a checksum of its rows, the sequences, and the triggers with their state. */
async function fingerprint(url: string) {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const tables = await sql<{ name: string }[]>`
      SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`;
    const rows: Record<string, { count: number; checksum: string }> = {};
    for (const { name } of tables) {
      const [row] = await sql.unsafe(
        `SELECT count(*)::int AS count, coalesce(md5(string_agg(t::text, E'\\n' ORDER BY t::text)), '') AS checksum FROM "${name}" t`,
      );
      rows[name] = { count: row?.count as number, checksum: row?.checksum as string };
    }
    const sequences =
      await sql`SELECT sequencename, last_value FROM pg_sequences WHERE schemaname = 'public' ORDER BY 1`;
    const triggers = await sql`
      SELECT c.relname, g.tgname, g.tgenabled FROM pg_trigger g JOIN pg_class c ON c.oid = g.tgrelid
       JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
       WHERE NOT g.tgisinternal ORDER BY 1, 2`;
    return { rows, sequences: [...sequences], triggers: [...triggers] };
  } finally {
    await sql.end();
  }
}

async function appendOnlyGuards(url: string): Promise<string[]> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  const refused: string[] = [];
  try {
    for (const statement of [
      'UPDATE player_point_logs SET delta_points = delta_points + 1',
      'DELETE FROM audit_events',
      'TRUNCATE player_point_logs',
    ]) {
      await sql.unsafe(statement).then(
        () => {},
        () => refused.push(statement),
      );
    }
  } finally {
    await sql.end();
  }
  return refused;
}

describe('npm run backup / npm run restore round trip', () => {
  for (const tools of ['node', 'pg_dump'] as const) {
    it(`restores every row, sequence and trigger (${tools} format)`, async () => {
      const env = { DATABASE_URL: t.url, PG_TOOLS: tools === 'node' ? 'node' : '' };
      const backup = await cli('backup', [], env);
      expect(backup.code, backup.output).toBe(0);
      expect(backup.output).toContain(`(${tools} format`);
      const file = /Backup written: (\S+)/.exec(backup.output)?.[1] ?? '';
      expect(path.basename(file)).toMatch(/^\d{4}-\d\d-\d\dT\d\d-\d\d-\d\dZ\.dump$/);
      expect(path.dirname(file)).toBe(path.join(dataDir, 'backups'));

      const target = await emptyDatabase();
      const restore = await cli('restore', [file], { ...env, DATABASE_URL: target });
      expect(restore.code, restore.output).toBe(0);
      expect(restore.output).toMatch(/integrity ok over [1-9]\d* player seasons/);

      const [before, after] = await Promise.all([fingerprint(t.url), fingerprint(target)]);
      expect(Object.keys(after.rows).length).toBeGreaterThan(10);
      expect(after.rows.player_point_logs?.count).toBeGreaterThan(0);
      expect(after).toEqual(before);
      expect(await appendOnlyGuards(target)).toHaveLength(3);

      // A database that holds league data is replaced only when asked to.
      const again = await cli('restore', [file], { ...env, DATABASE_URL: target });
      expect(again.code).toBe(1);
      expect(again.output).toContain('--force');
      const forced = await cli('restore', [file, '--force'], { ...env, DATABASE_URL: target });
      expect(forced.code, forced.output).toBe(0);
      expect(await fingerprint(target)).toEqual(before);
    }, 180_000);
  }

  it('keeps only BACKUP_KEEP backups', async () => {
    for (let i = 0; i < 3; i++) {
      const result = await cli('backup', [], { DATABASE_URL: t.url, PG_TOOLS: 'node', BACKUP_KEEP: '2' });
      expect(result.code, result.output).toBe(0);
      await new Promise((resolve) => setTimeout(resolve, 1100));
    }
    expect((await readdir(path.join(dataDir, 'backups'))).filter((n) => n.endsWith('.dump'))).toHaveLength(2);
  }, 120_000);
});
