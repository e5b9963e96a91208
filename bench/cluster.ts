import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import postgres from 'postgres';
import { buildApp } from '../apps/server/src/app.js';
import { parseConfig } from '../apps/server/src/config.js';
import { connectDatabase, type DatabaseClient } from '../apps/server/src/db/client.js';
import { startEmbeddedPostgres } from '../apps/server/src/db/embedded.js';
import { runMigrations } from '../apps/server/src/db/migrate.js';

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

export interface BenchCluster {
  url: string;
  /** For pgbench: host, port, user, password and database of `url`. */
  connection: { host: string; port: string; user: string; password: string; database: string };
  /** A plain postgres.js client for bulk loading and EXPLAIN. */
  sql: postgres.Sql;
  /** The cluster's data directory (postmaster.pid, for CPU accounting). */
  dataDir: string;
  stop(): Promise<void>;
}

/** A throw-away PostgreSQL 15 (the embedded one `npm start` uses) in a temp dir, migrated. */
export async function startCluster(): Promise<BenchCluster> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'pingpong-bench-'));
  const server = await startEmbeddedPostgres({ dataDir, port: await freePort(), database: 'bench' });
  await runMigrations(server.url, parseConfig({ NODE_ENV: 'test' }).database);
  const url = new URL(server.url);
  const sql = postgres(server.url, { max: 2, onnotice: () => {} });
  return {
    url: server.url,
    connection: {
      host: url.hostname,
      port: url.port,
      user: decodeURIComponent(url.username),
      password: decodeURIComponent(url.password),
      database: url.pathname.slice(1),
    },
    sql,
    dataDir: path.join(dataDir, 'postgres'),
    stop: async () => {
      await sql.end({ timeout: 5 });
      await server.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

export interface BenchApp {
  app: FastifyInstance;
  database: DatabaseClient;
  baseUrl: string;
  /** A bearer token of a MODERATOR, who may record results. */
  moderatorToken: string;
  moderatorId: string;
  poolMax: number;
  close(): Promise<void>;
}

/**
 * The real app as `npm start` builds it (production settings, default pool), logging nothing and with a
 * rate limit the benchmark cannot reach. `extend` registers bench-only routes before it listens.
 */
export async function startApp(
  cluster: BenchCluster,
  extend?: (app: FastifyInstance) => void,
  connect: typeof connectDatabase = connectDatabase,
  env: Record<string, string> = {},
): Promise<BenchApp> {
  const config = parseConfig({
    NODE_ENV: 'production',
    LOG_LEVEL: 'silent',
    JWT_SECRET: randomBytes(32).toString('hex'),
    RATE_LIMIT_MAX: '1000000000',
    DATA_DIR: path.join(tmpdir(), 'pingpong-bench-app'),
    ...env,
  });
  const database = connect(cluster.url, config.database);
  const app = await buildApp({ config, database, jwtSecret: config.jwtSecret! });
  extend?.(app);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const moderator = await app.users.create(
    { userId: null, requestId: 'bench' },
    {
      email: `bench-${randomBytes(4).toString('hex')}@bench.test`,
      password: randomBytes(12).toString('hex'),
      role: 'MODERATOR',
    },
  );
  return {
    app,
    database,
    baseUrl: `http://127.0.0.1:${port}`,
    moderatorToken: app.issueToken({ id: moderator.id, email: moderator.email, role: moderator.role }).token,
    moderatorId: moderator.id,
    poolMax: config.database.poolMax,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}
