import { existsSync } from 'node:fs';
import { isIP } from 'node:net';
import path from 'node:path';
import { isTimeZone } from '@pingpong/domain';
import dotenv from 'dotenv';

export type NodeEnv = 'development' | 'production' | 'test';

export interface DatabaseSettings {
  /** Connection string of an external server; absent means "start the embedded PostgreSQL". */
  url: string | null;
  sslmode: 'disable' | 'allow' | 'prefer' | 'require' | 'verify-ca' | 'verify-full';
  poolMax: number;
  statementTimeoutMs: number;
  connectTimeoutSeconds: number;
  embeddedPort: number;
}

export interface Config {
  env: NodeEnv;
  port: number;
  host: string;
  logLevel: string;
  database: DatabaseSettings;
  dataDir: string;
  uploadDir: string;
  maxUploadSize: number;
  publicBaseUrl: string | null;
  cdnBaseUrl: string | null;
  /** `true` reflects any origin (development default); an empty list allows none. */
  corsOrigins: true | string[];
  jwtSecret: string | null;
  jwtExpiresInSeconds: number;
  admin: { email: string; password: string } | null;
  rateLimitMax: number;
  loginRateLimitMax: number;
  /** Failed sign-ins allowed per account (email) within the window, whatever the caller's IP. */
  loginMaxFailures: number;
  loginFailureWindowSeconds: number;
  /** Whose X-Forwarded-For to believe: nobody (false), everybody (true) or these proxy addresses/CIDRs. */
  trustProxy: boolean | string[];
  /** Hours between automatic backups while the server runs; 0 turns them off. */
  backupIntervalHours: number;
  /** How many backups $DATA_DIR/backups keeps. */
  backupKeep: number;
  /** Open event streams allowed per client address, and in all, on one instance. */
  sseMaxPerIp: number;
  sseMaxTotal: number;
  /** Slow clients: the whole request must arrive within requestTimeoutMs, its headers within headersTimeoutMs. */
  requestTimeoutMs: number;
  headersTimeoutMs: number;
  /** Stored Idempotency-Key responses are pruned after this many hours. */
  idempotencyKeepHours: number;
  /** When set, GET /metrics requires `Authorization: Bearer <token>`. */
  metricsToken: string | null;
  webDistDir: string | null;
  /** IANA zone of the league's local dates and times (SPEC §6); a season may name its own. */
  leagueTimezone: string;
}

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    problem: string,
  ) {
    super(`Invalid configuration: ${variable} ${problem}`);
  }
}

type Env = Record<string, string | undefined>;

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];
const SSL_MODES = ['disable', 'allow', 'prefer', 'require', 'verify-ca', 'verify-full'] as const;

function text(env: Env, name: string): string | null {
  const value = env[name]?.trim();
  return value ? value : null;
}

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = text(env, name);
  if (raw === null) return fallback;
  if (!/^\d+$/.test(raw)) throw new ConfigError(name, `must be a whole number, got "${raw}"`);
  const value = Number(raw);
  if (value < min || value > max)
    throw new ConfigError(name, `must be between ${min} and ${max}, got ${value}`);
  return value;
}

function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const raw = text(env, name);
  if (raw === null) return fallback;
  if (!(allowed as readonly string[]).includes(raw)) {
    throw new ConfigError(name, `must be one of ${allowed.join(', ')}, got "${raw}"`);
  }
  return raw as T;
}

function absoluteUrl(env: Env, name: string): string | null {
  const raw = text(env, name);
  if (raw === null) return null;
  try {
    const url = new URL(raw);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('protocol');
  } catch {
    throw new ConfigError(name, `must be an absolute http(s) URL, got "${raw}"`);
  }
  return raw.replace(/\/+$/, '');
}

function databaseUrl(env: Env): string | null {
  const url = text(env, 'DATABASE_URL');
  if (url !== null) {
    if (!/^postgres(ql)?:\/\//.test(url))
      throw new ConfigError('DATABASE_URL', 'must start with postgres://');
    return url;
  }
  const host = text(env, 'DB_HOST');
  if (host === null) return null;
  const port = integer(env, 'DB_PORT', 5432, 1, 65535);
  const user = encodeURIComponent(text(env, 'DB_USER') ?? 'pingpong_user');
  const password = text(env, 'DB_PASSWORD');
  const name = encodeURIComponent(text(env, 'DB_NAME') ?? 'pingpong');
  const auth = password === null ? user : `${user}:${encodeURIComponent(password)}`;
  return `postgres://${auth}@${host}:${port}/${name}`;
}

const PROXY_KEYWORDS = ['loopback', 'linklocal', 'uniquelocal'];

/**
 * Trusting every hop (`true`) lets any client pick its own IP through X-Forwarded-For and slip past the
 * per-IP limits. Production defaults to believing the header only from a proxy on this host or on a private
 * network (a container network), which is where the TLS-terminating proxy sits.
 */
function trustProxy(env: Env, nodeEnv: NodeEnv): boolean | string[] {
  const raw = text(env, 'TRUST_PROXY');
  if (raw === null) return nodeEnv === 'production' ? ['loopback', 'uniquelocal'] : false;
  if (raw === 'false') return false;
  if (raw === 'true') return true;
  const entries = raw
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  for (const entry of entries) {
    const [address, bits, extra] = entry.split('/');
    const validBits = bits === undefined || (/^\d{1,3}$/.test(bits) && Number(bits) <= 128);
    if (!PROXY_KEYWORDS.includes(entry) && (!address || isIP(address) === 0 || !validBits || extra)) {
      throw new ConfigError(
        'TRUST_PROXY',
        `must be true, false or a list of proxy IP addresses/CIDRs (or loopback, linklocal, uniquelocal), got "${entry}"`,
      );
    }
  }
  return entries;
}

function leagueTimezone(env: Env): string {
  const zone = text(env, 'LEAGUE_TIMEZONE') ?? 'Asia/Ho_Chi_Minh';
  if (!isTimeZone(zone))
    throw new ConfigError(
      'LEAGUE_TIMEZONE',
      `must be an IANA time zone such as Asia/Ho_Chi_Minh (got "${zone}")`,
    );
  return zone;
}

function metricsToken(env: Env): string | null {
  const token = text(env, 'METRICS_TOKEN');
  if (token !== null && token.length < 16) {
    throw new ConfigError('METRICS_TOKEN', 'must be at least 16 characters long');
  }
  return token;
}

function corsOrigins(env: Env, nodeEnv: NodeEnv): true | string[] {
  const raw = text(env, 'CORS_ORIGINS');
  if (raw === null) return nodeEnv === 'production' ? [] : true;
  if (raw === '*') {
    if (nodeEnv === 'production') throw new ConfigError('CORS_ORIGINS', 'cannot be "*" in production');
    return true;
  }
  return raw
    .split(',')
    .map((origin) => origin.trim())
    .filter(Boolean);
}

/** Parses and validates the environment once; throws ConfigError naming the first bad variable. */
export function parseConfig(env: Env, cwd = invocationDir()): Config {
  const nodeEnv = oneOf(env, 'NODE_ENV', ['development', 'production', 'test'] as const, 'development');
  const dataDir = path.resolve(cwd, text(env, 'DATA_DIR') ?? './data');
  const jwtSecret = text(env, 'JWT_SECRET');
  if (jwtSecret === null && nodeEnv === 'production') {
    throw new ConfigError('JWT_SECRET', 'is required when NODE_ENV=production');
  }
  if (jwtSecret !== null && jwtSecret.length < 32) {
    throw new ConfigError('JWT_SECRET', 'must be at least 32 characters long');
  }
  const adminEmail = text(env, 'ADMIN_EMAIL');
  const adminPassword = text(env, 'ADMIN_PASSWORD');
  if ((adminEmail === null) !== (adminPassword === null)) {
    throw new ConfigError(adminEmail === null ? 'ADMIN_EMAIL' : 'ADMIN_PASSWORD', 'must be set together');
  }
  if (adminPassword !== null && adminPassword.length < 8) {
    throw new ConfigError('ADMIN_PASSWORD', 'must be at least 8 characters long');
  }
  const webDist = path.resolve(cwd, text(env, 'WEB_DIST_DIR') ?? defaultWebDist());
  return {
    env: nodeEnv,
    port: integer(env, 'PORT', 8080, 0, 65535),
    host: text(env, 'HOST') ?? '0.0.0.0',
    logLevel: oneOf(env, 'LOG_LEVEL', LOG_LEVELS, 'info'),
    database: {
      url: databaseUrl(env),
      sslmode: oneOf(env, 'DB_SSLMODE', SSL_MODES, 'disable'),
      poolMax: integer(env, 'DB_POOL_MAX', 10, 1, 500),
      statementTimeoutMs: integer(env, 'DB_STATEMENT_TIMEOUT_MS', 10_000, 100, 600_000),
      connectTimeoutSeconds: integer(env, 'DB_CONNECT_TIMEOUT_SECONDS', 5, 1, 120),
      embeddedPort: integer(env, 'EMBEDDED_DB_PORT', 54329, 1, 65535),
    },
    dataDir,
    uploadDir: path.resolve(cwd, text(env, 'UPLOAD_DIR') ?? path.join(dataDir, 'uploads')),
    maxUploadSize: integer(env, 'MAX_UPLOAD_SIZE', 5_242_880, 1024, 104_857_600),
    publicBaseUrl: absoluteUrl(env, 'PUBLIC_BASE_URL'),
    cdnBaseUrl: absoluteUrl(env, 'CDN_BASE_URL'),
    corsOrigins: corsOrigins(env, nodeEnv),
    jwtSecret,
    jwtExpiresInSeconds: integer(env, 'JWT_EXPIRES_IN_SECONDS', 12 * 3600, 60, 30 * 24 * 3600),
    admin: adminEmail && adminPassword ? { email: adminEmail.toLowerCase(), password: adminPassword } : null,
    rateLimitMax: integer(env, 'RATE_LIMIT_MAX', 300, 1, 1_000_000_000),
    loginRateLimitMax: integer(env, 'LOGIN_RATE_LIMIT_MAX', 10, 1, 10_000),
    loginMaxFailures: integer(env, 'LOGIN_MAX_FAILURES', 5, 1, 1000),
    loginFailureWindowSeconds: integer(env, 'LOGIN_FAILURE_WINDOW_SECONDS', 900, 10, 86_400),
    trustProxy: trustProxy(env, nodeEnv),
    backupIntervalHours: integer(env, 'BACKUP_INTERVAL_HOURS', 24, 0, 24 * 365),
    backupKeep: integer(env, 'BACKUP_KEEP', 7, 1, 1000),
    sseMaxPerIp: integer(env, 'SSE_MAX_PER_IP', 100, 1, 1_000_000),
    sseMaxTotal: integer(env, 'SSE_MAX_TOTAL', 20_000, 1, 1_000_000),
    requestTimeoutMs: integer(env, 'REQUEST_TIMEOUT_MS', 130_000, 1_000, 3_600_000),
    headersTimeoutMs: integer(env, 'HEADERS_TIMEOUT_MS', 10_000, 1_000, 600_000),
    idempotencyKeepHours: integer(env, 'IDEMPOTENCY_KEY_TTL_HOURS', 24, 1, 24 * 90),
    metricsToken: metricsToken(env),
    webDistDir: existsSync(webDist) ? webDist : null,
    leagueTimezone: leagueTimezone(env),
  };
}

function defaultWebDist(): string {
  return path.resolve(import.meta.dirname, '../../web/dist');
}

/** npm runs workspace scripts inside the workspace; relative paths mean where the user typed the command. */
function invocationDir(): string {
  return process.env.INIT_CWD ?? process.cwd();
}

/** Reads `.env` from `cwd` (real environment variables win) and parses the result. */
export function loadConfig(processEnv: Env = process.env, cwd = invocationDir()): Config {
  const fromFile: Env = {};
  dotenv.config({
    path: path.join(cwd, '.env'),
    processEnv: fromFile as dotenv.DotenvPopulateInput,
    quiet: true,
  });
  return parseConfig({ ...fromFile, ...processEnv }, cwd);
}
