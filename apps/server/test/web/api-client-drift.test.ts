import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLIENT_DIR, generateApiClient } from '../../src/cli/api-client.js';

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
});
