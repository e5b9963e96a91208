import { parse } from 'csv-parse/sync';
import { readSheet } from 'read-excel-file/node';
import { errors } from '../../errors.js';

export const COLUMNS = [
  'full_name',
  'birth_year',
  'gender',
  'phone',
  'cccd',
  'team',
  'rank',
  'opening_points',
] as const;
export type Column = (typeof COLUMNS)[number];
export type RawRow = Partial<Record<Column, string>>;

export const MAX_ROWS = 10_000;

const isXlsx = (file: Buffer) => file.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]));

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value).trim();
}

/** Header names are matched loosely ("Full name", "FULL_NAME"); unknown columns are refused by name. */
function columnsOf(header: unknown[]): Array<Column | null> {
  const columns = header.map((cell) => {
    const name = cellText(cell)
      .toLowerCase()
      .replace(/[\s-]+/g, '_');
    return (COLUMNS as readonly string[]).includes(name) ? (name as Column) : null;
  });
  const unknown = header.filter((_cell, i) => columns[i] === null && cellText(header[i]) !== '');
  if (unknown.length > 0) {
    throw errors.invalidInput(`Unknown column(s): ${unknown.map(cellText).join(', ')}`, {
      expected: [...COLUMNS],
    });
  }
  if (!columns.includes('full_name')) {
    throw errors.invalidInput('The first row must name the columns, among them full_name', {
      expected: [...COLUMNS],
    });
  }
  return columns;
}

/** A CSV (UTF-8, comma or semicolon) or XLSX file as rows of text keyed by column. */
export async function readPlayerFile(file: Buffer): Promise<RawRow[]> {
  let table: unknown[][];
  if (isXlsx(file)) {
    try {
      table = (await readSheet(file)) as unknown[][];
    } catch (error) {
      throw errors.invalidInput('The XLSX file could not be read', {
        reason: String((error as Error).message),
      });
    }
  } else {
    const text = file.toString('utf8');
    if (text.includes('\uFFFD')) throw errors.invalidInput('The CSV file must be UTF-8 encoded');
    const firstLine = text.slice(0, text.indexOf('\n') >>> 0);
    try {
      table = parse(text, {
        bom: true,
        delimiter: firstLine.split(';').length > firstLine.split(',').length ? ';' : ',',
        relax_column_count: true,
        skip_empty_lines: true,
        trim: true,
      }) as unknown[][];
    } catch (error) {
      throw errors.invalidInput('The CSV file could not be read', {
        reason: String((error as Error).message),
      });
    }
  }
  const [header, ...body] = table;
  if (!header) throw errors.invalidInput('The file is empty');
  if (body.length > MAX_ROWS)
    throw errors.invalidInput(`At most ${MAX_ROWS} rows per file`, { rows: body.length });
  const columns = columnsOf(header);
  return body
    .filter((cells) => cells.some((cell) => cellText(cell) !== ''))
    .map((cells) => {
      const row: RawRow = {};
      columns.forEach((column, i) => {
        if (column) row[column] = cellText(cells[i]);
      });
      return row;
    });
}
