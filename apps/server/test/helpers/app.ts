import { randomBytes } from 'node:crypto';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import postgres from 'postgres';
import { inject } from 'vitest';
import { buildApp } from '../../src/app.js';
import { type Config, parseConfig } from '../../src/config.js';
import { connectDatabase, type DatabaseClient } from '../../src/db/client.js';

export const JWT_SECRET = 'test-secret-that-is-long-enough-for-hs256-signing';

/** A fresh database cloned from the migrated template: fast, and isolated per test file. */
export async function createTestDatabase(): Promise<string> {
  const { adminUrl, template } = inject('postgres');
  const name = `test_${randomBytes(6).toString('hex')}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`CREATE DATABASE ${name} TEMPLATE ${template}`);
  } finally {
    await admin.end();
  }
  return adminUrl.replace(/\/postgres$/, `/${name}`);
}

export function testConfig(env: Record<string, string> = {}): Config {
  return parseConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    JWT_SECRET,
    DATA_DIR: '/tmp/pingpong-test-data',
    // The rate limits have tests of their own; elsewhere they would only trip over the suite's traffic.
    RATE_LIMIT_MAX: '1000000',
    ...env,
  });
}

export interface TestApp {
  app: FastifyInstance;
  database: DatabaseClient;
  url: string;
  /** Set when created with `listen: true`. */
  baseUrl: string;
  tokens: { admin: string; moderator: string; viewer: string };
  /** inject() with an optional role's token and JSON body. */
  request(
    options: InjectOptions & { as?: 'admin' | 'moderator' | 'viewer' },
  ): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

/** `listen: true` also serves real HTTP on a free loopback port (for streams); see `baseUrl`. */
export async function createTestApp(
  env: Record<string, string> = {},
  options: { listen?: boolean; heartbeatMs?: number; clock?: () => Date } = {},
): Promise<TestApp> {
  const url = await createTestDatabase();
  const config = testConfig(env);
  const database = connectDatabase(url, config.database);
  const app = await buildApp({
    config,
    database,
    jwtSecret: JWT_SECRET,
    heartbeatMs: options.heartbeatMs,
    clock: options.clock,
  });
  await app.ready();
  let baseUrl = '';
  if (options.listen) {
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    baseUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  }

  const tokens = { admin: '', moderator: '', viewer: '' };
  for (const role of ['admin', 'moderator', 'viewer'] as const) {
    const user = await app.users.create(
      { userId: null, requestId: 'test-setup' },
      { email: `${role}@league.test`, password: `${role}-password`, role: role.toUpperCase() as 'ADMIN' },
    );
    tokens[role] = app.issueToken({ id: user.id, email: user.email, role: user.role }).token;
  }

  return {
    app,
    database,
    url,
    baseUrl,
    tokens,
    request: ({ as, headers, ...options }) =>
      app.inject({
        ...options,
        headers: { ...headers, ...(as ? { authorization: `Bearer ${tokens[as]}` } : {}) },
      }),
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}
