import path from 'node:path';
import { defineConfig } from 'vitest/config';

/** Lighthouse is slow and measures rather than checks: it has its own run, outside `npm test`. */
export default defineConfig({
  root: path.resolve(import.meta.dirname, '../../../..'),
  test: {
    include: ['apps/server/test/web/lighthouse.run.ts'],
    globalSetup: ['apps/server/test/global-setup.ts'],
    testTimeout: 300_000,
    hookTimeout: 180_000,
  },
});
