import { mkdtempSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import lighthouse from 'lighthouse';
import { throttling } from 'lighthouse/core/config/constants.js';
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
// The mobile preset slows the CPU 4×, calibrated for a mid-range desktop; on a faster or busier host the
// same page scores differently. LIGHTHOUSE_CPU_SLOWDOWN=8 stands in for a cheaper phone than the preset's.
const CPU_SLOWDOWN = Number(process.env.LIGHTHOUSE_CPU_SLOWDOWN ?? 4);
const METRICS = {
  FCP: 'first-contentful-paint',
  LCP: 'largest-contentful-paint',
  TBT: 'total-blocking-time',
  SI: 'speed-index',
  CLS: 'cumulative-layout-shift',
} as const;
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
    const metrics: Record<string, Record<string, number>> = {};
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
        const audit = () =>
          lighthouse(url, {
            port: PORT,
            output: 'json',
            logLevel: 'error',
            disableStorageReset: true,
            throttling: { ...throttling.mobileSlow4G, cpuSlowdownMultiplier: CPU_SLOWDOWN },
            onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
          });
        // A trace that failed to record (NO_NAVSTART on a busy machine) is Lighthouse's flake, not a score.
        let result = await audit();
        if (result?.lhr.runtimeError) result = await audit();
        if (result?.lhr.runtimeError) console.warn(name, result.lhr.runtimeError.code);
        const categories = result?.lhr.categories ?? {};
        // The whole report too: what the score costs (LCP element, render-blocking files, unused JS).
        if (result)
          writeFileSync(path.join(ARTIFACTS, `lighthouse-${name}.json`), JSON.stringify(result.lhr, null, 2));
        // LIGHTHOUSE_TRACE=1: the page load's trace as well, for the Performance panel (what a long task runs).
        if (result && process.env.LIGHTHOUSE_TRACE)
          writeFileSync(
            path.join(ARTIFACTS, `lighthouse-${name}.trace.json`),
            JSON.stringify(result.artifacts.Trace),
          );
        const audits = result?.lhr.audits ?? {};
        metrics[name] = Object.fromEntries(
          Object.entries(METRICS).map(([label, id]) => [
            label,
            Number((audits[id]?.numericValue ?? 0).toFixed(3)),
          ]),
        );
        scores[name] = Object.fromEntries(
          Object.entries(categories).map(([id, category]) => [id, Math.round((category.score ?? 0) * 100)]),
        );
      }
    } finally {
      await context.close();
    }
    writeFileSync(path.join(ARTIFACTS, 'lighthouse.json'), JSON.stringify(scores, null, 2));
    console.log(`Lighthouse mobile (CPU ${CPU_SLOWDOWN}× slower)`, JSON.stringify(scores));
    // What the scores are made of, in ms (CLS unitless): the part to watch when a score moves.
    console.log('Lighthouse metrics', JSON.stringify(metrics));
    for (const page of Object.values(scores)) expect(Object.keys(page)).toHaveLength(4);
  }, 300_000);
});
