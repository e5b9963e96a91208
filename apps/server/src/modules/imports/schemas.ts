import { Type } from 'typebox';
import { Body, IdParams, nullable, Timestamp, Uuid } from '../../lib/schemas.js';

const Problem = Type.Object({ field: Type.String(), code: Type.String(), message: Type.String() });

const StagedRow = Type.Object({
  row_number: Type.Integer({ description: 'The row as a spreadsheet numbers it (the header is row 1)' }),
  full_name: nullable(Type.String()),
  birth_year: nullable(Type.Integer()),
  gender: nullable(Type.String()),
  phone: nullable(Type.String()),
  cccd: nullable(Type.String()),
  team: nullable(Type.String()),
  rank: nullable(Type.String()),
  opening_points: nullable(Type.Number()),
  problems: Type.Array(Problem),
});

export const PlayerImport = Type.Object({
  id: Uuid,
  status: Type.Union([Type.Literal('STAGED'), Type.Literal('COMMITTED')]),
  file_name: nullable(Type.String()),
  season_id: nullable(Uuid),
  total_rows: Type.Integer(),
  valid_rows: Type.Integer(),
  invalid_rows: Type.Integer(),
  committed_rows: Type.Integer({ description: 'Players created and registered by the commit' }),
  created_at: Timestamp,
  committed_at: nullable(Timestamp),
  errors: Type.Array(StagedRow, { description: 'Rows that will not be imported, with why (first 500)' }),
  sample: Type.Array(StagedRow, { description: 'The first valid rows, as they will be imported' }),
});

export const CommitImportBody = Body({ season_id: Uuid });
export { IdParams };
