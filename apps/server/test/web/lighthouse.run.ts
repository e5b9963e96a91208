import { mkdtempSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { ARTIFACTS } from './a11y.js';
import { ensureWebBuild, WEB_DIST } from './browser.js';
import { type League, seedLeague } from './league.js';

/**
 * Lighthouse (mobile) on the leaderboard, a fixture and an organiser screen, with Debian's Chromium.
 * Slow (a minute), so it has its own run outside `npm test`: `npm run lighthouse -w apps/web`
 * (vitest.lighthouse.config.ts beside this file). The scores go to artifacts/lighthouse.json and the console.
 */
const PORT = 9333;
let t: TestApp;
let league: League;
let baseUrl: string;

describe('Lighthouse mobile scores', () => {
  beforeAll(async () => {
    await ensureWebBuild();
    t = await createTestApp({ WEB_DIST_DIR: WEB_DIST });
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    baseUrl = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
    league = await seedLeague(t);
  }, 180_000);
  afterAll(() => t?.close());

  it('scores the leaderboard, a fixture and an organiser screen', async () => {
    const login = await t.request({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'admin@league.test', password: 'admin-password' },
    });
    const { token, expires_at, user } = login.json().data;
    // A persistent context is Chromium's default one: the tab Lighthouse opens shares its storage.
    const context = await chromium.launchPersistentContext(mkdtempSync(path.join(tmpdir(), 'lh-')), {
      executablePath: '/usr/bin/chromium',
      headless: true,
      args: [
        `--remote-debugging-port=${PORT}`,
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
      ],
    });
    const scores: Record<string, Record<string, number>> = {};
    try {
      const page = await context.newPage();
      await page.goto(baseUrl);
      await page.evaluate(
        `localStorage.setItem('pingpong.session', ${JSON.stringify(JSON.stringify({ token, expires_at, user }))})`,
      );
      const pages = {
        leaderboard: `${baseUrl}/`,
        fixture: `${baseUrl}/fixtures/${league.fixtureId}`,
        organiser: `${baseUrl}/admin/seasons/${league.seasonId}`,
      };
      for (const [name, url] of Object.entries(pages)) {
        const result = await lighthouse(url, {
          port: PORT,
          output: 'json',
          logLevel: 'error',
          disableStorageReset: true,
          onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
        });
        const categories = result?.lhr.categories ?? {};
        // The whole report too: what the score costs (LCP element, render-blocking files, unused JS).
        if (result)
          writeFileSync(path.join(ARTIFACTS, `lighthouse-${name}.json`), JSON.stringify(result.lhr, null, 2));
        scores[name] = Object.fromEntries(
          Object.entries(categories).map(([id, category]) => [id, Math.round((category.score ?? 0) * 100)]),
        );
      }
    } finally {
      await context.close();
    }
    writeFileSync(path.join(ARTIFACTS, 'lighthouse.json'), JSON.stringify(scores, null, 2));
    console.log('Lighthouse mobile', JSON.stringify(scores));
    for (const page of Object.values(scores)) expect(Object.keys(page)).toHaveLength(4);
  }, 300_000);
});
