import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { parseConfig } from '../src/config.js';
import { startEmbeddedPostgres } from '../src/db/embedded.js';
import { runMigrations } from '../src/db/migrate.js';
import { ensureWebBuild } from './web/browser.js';

export const TEMPLATE_DATABASE = 'pingpong_template';

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

declare module 'vitest' {
  export interface ProvidedContext {
    postgres: { adminUrl: string; template: string };
  }
}

/** One real PostgreSQL 15 per test run; every test file clones the migrated template database. */
export default async function setup(project: TestProject) {
  // Built once here: two test files building it at once would empty dist/ under the other's server.
  await ensureWebBuild();
  const dataDir = await mkdtemp(path.join(tmpdir(), 'pingpong-test-'));
  const server = await startEmbeddedPostgres({
    dataDir,
    port: await freePort(),
    database: TEMPLATE_DATABASE,
  });
  await runMigrations(server.url, parseConfig({ NODE_ENV: 'test' }).database);
  project.provide('postgres', { adminUrl: server.adminUrl, template: TEMPLATE_DATABASE });
  return async () => {
    await server.stop();
    await rm(dataDir, { recursive: true, force: true });
  };
}
