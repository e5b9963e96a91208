import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLIENT_DIR, generateApiClient, openApiDocument } from '../../src/cli/api-client.js';

describe('the web app’s generated API client', () => {
  it('matches the server’s current OpenAPI document (run `npm run api:generate` when this fails)', async () => {
    const fresh = await generateApiClient();
    for (const [name, text] of Object.entries(fresh)) {
      const checkedIn = await readFile(path.join(CLIENT_DIR, name), 'utf8');
      // A plain equality on 700 KB would print both files; name the file and the first differing line.
      const freshLines = text.split('\n');
      const line = checkedIn.split('\n').findIndex((value, i) => value !== freshLines[i]);
      expect(
        checkedIn === text ? null : { file: name, line: line + 1, expected: freshLines[line] },
        `${name} is out of date: npm run api:generate`,
      ).toBeNull();
    }
  });

  it('gives every operation a summary, which becomes the generated types’ doc comment', async () => {
    const document = (await openApiDocument()) as {
      paths: Record<string, Record<string, { summary?: string }>>;
    };
    const methods = ['get', 'post', 'put', 'patch', 'delete'];
    const without = Object.entries(document.paths).flatMap(([path, item]) =>
      Object.entries(item)
        .filter(([method, operation]) => methods.includes(method) && !operation.summary?.trim())
        .map(([method]) => `${method.toUpperCase()} ${path}`),
    );
    expect(without).toEqual([]);
  });
});
