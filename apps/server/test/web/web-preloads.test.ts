import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { WEB_DIST } from './browser.js';

let t: TestApp;
const englishChunks: string[] = JSON.parse(readFileSync(path.join(WEB_DIST, 'preload-hints.json'), 'utf8'))
  .languages.en;
const preloads = (html: string) =>
  [...html.matchAll(/<link rel="modulepreload" crossorigin href="([^"]+)">/g)].map((match) => match[1]);

beforeAll(async () => {
  t = await createTestApp({ WEB_DIST_DIR: WEB_DIST });
}, 60_000);
afterAll(() => t?.close());

describe('the page names the English catalog for a browser that asks for English', () => {
  it('is built as a chunk of its own, outside the page everyone gets', () => {
    expect(englishChunks.length).toBeGreaterThan(0);
    const built = readFileSync(path.join(WEB_DIST, 'index.html'), 'utf8');
    for (const chunk of englishChunks) {
      expect(readFileSync(path.join(WEB_DIST, chunk), 'utf8')).toContain('Something went wrong');
      expect(built).not.toContain(chunk);
    }
  });

  it('preloads it beside the app for English, not for Vietnamese or an unnamed language', async () => {
    const page = (language?: string) =>
      t.request({
        method: 'GET',
        url: '/standings',
        headers: language ? { 'accept-language': language } : {},
      });
    const english = await page('en-GB,en;q=0.9,vi;q=0.5');
    expect(english.statusCode).toBe(200);
    expect(english.headers['content-type']).toMatch(/^text\/html/);
    expect(english.headers.vary).toMatch(/accept-language/i);
    const named = preloads(english.body);
    for (const chunk of englishChunks) expect(named).toContain(chunk);

    for (const other of ['vi-VN,vi;q=0.9,en;q=0.8', undefined, 'de-DE']) {
      const response = await page(other);
      expect(response.statusCode).toBe(200);
      for (const chunk of englishChunks) expect(preloads(response.body)).not.toContain(chunk);
    }
  });
});
