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
    LOG_LEVEL: 'silent',
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
  tokens: { admin: string; moderator: string; viewer: string };
  /** inject() with an optional role's token and JSON body. */
  request(
    options: InjectOptions & { as?: 'admin' | 'moderator' | 'viewer' },
  ): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

export async function createTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const url = await createTestDatabase();
  const config = testConfig(env);
  const database = connectDatabase(url, config.database);
  const app = await buildApp({ config, database, jwtSecret: JWT_SECRET });
  await app.ready();

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
