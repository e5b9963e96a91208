import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { AppError, ERROR_CODES, errors } from '../src/errors.js';
import { createTestApp } from './helpers/app.js';

const SRC = join(import.meta.dirname, '../src');
const sources = (readdirSync(SRC, { recursive: true }) as string[])
  .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
  .map((file) => ({ file, text: readFileSync(join(SRC, file), 'utf8') }));
const catalogue = new Set<string>(ERROR_CODES);

/** Codes written into the source where an error is made or an error body is written. */
function codesInSource(): Array<{ file: string; code: string }> {
  const found: Array<{ file: string; code: string }> = [];
  const patterns = [
    /new AppError\(\s*\d{3},\s*'([A-Z_]+)'/g,
    /error_code: '([A-Z_]+)'/g,
    /error_code: (?:Type\.Optional\()?Type\.Literal\('([A-Z_]+)'\)/g,
  ];
  for (const { file, text } of sources) {
    for (const pattern of patterns) {
      for (const match of text.matchAll(pattern)) found.push({ file, code: match[1]! });
    }
  }
  return found;
}

const t = await createTestApp();
afterAll(() => t.close());

describe('the error code catalogue (errors.ts ERROR_CODES)', () => {
  it('holds every code the errors catalogue can produce', () => {
    // Each factory called with throwaway arguments: whatever code it makes must be listed.
    for (const [name, make] of Object.entries(errors)) {
      const error = (make as (...args: unknown[]) => AppError)('x', 'y', 'z');
      expect(error, name).toBeInstanceOf(AppError);
      expect(catalogue.has(error.code), `${name} → ${error.code}`).toBe(true);
    }
  });

  it('holds every code written anywhere in the server source', () => {
    const found = codesInSource();
    // The scan must see the direct throws (stream caps) and the hand-written bodies (404, health).
    expect(found.map((f) => f.code)).toEqual(
      expect.arrayContaining(['TOO_MANY_STREAMS', 'NOT_FOUND', 'EMBEDDED_DATABASE_DOWN', 'LINEUP_LOCKED']),
    );
    const missing = found.filter(({ code }) => !catalogue.has(code));
    expect(missing).toEqual([]);
  });

  it('lists no code that nothing produces, and each code once', () => {
    const elsewhere = sources
      .map(({ file, text }) => (file === 'errors.ts' ? text.slice(text.indexOf('] as const;')) : text))
      .join('\n');
    const unused = ERROR_CODES.filter((code) => !elsewhere.includes(`'${code}'`));
    expect(unused).toEqual([]);
    expect(new Set(ERROR_CODES).size).toBe(ERROR_CODES.length);
  });

  it('is the ErrorCode enum of the OpenAPI document, used by the error response', async () => {
    const document = (await t.request({ method: 'GET', url: '/api/v1/openapi.json' })).json();
    const schemas = document.components.schemas;
    expect(schemas.ErrorCode).toMatchObject({ type: 'string', enum: [...ERROR_CODES] });
    expect(schemas.ErrorResponse.properties.error_code).toEqual({ $ref: '#/components/schemas/ErrorCode' });
  });

  it('answers with listed codes on the wire', async () => {
    for (const request of [
      { method: 'GET' as const, url: '/api/v1/teams/not-a-uuid' },
      { method: 'GET' as const, url: '/api/v1/nowhere' },
      { method: 'POST' as const, url: '/api/v1/teams', payload: {} },
    ]) {
      const response = await t.request(request);
      expect(catalogue.has(response.json().error_code), response.body).toBe(true);
    }
  });
});
