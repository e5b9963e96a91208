import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, parseConfig } from './config.js';

const CWD = '/srv/league';
const SECRET = 'x'.repeat(32);
const parse = (env: Record<string, string>) => parseConfig(env, CWD);

function problem(env: Record<string, string>): ConfigError {
  try {
    parse(env);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error(`expected ${JSON.stringify(env)} to be refused`);
}

describe('defaults (SPEC §1)', () => {
  it('runs with an empty environment', () => {
    const config = parse({});
    expect(config).toMatchObject({
      env: 'development',
      port: 8080,
      host: '0.0.0.0',
      logLevel: 'info',
      dataDir: '/srv/league/data',
      uploadDir: '/srv/league/data/uploads',
      maxUploadSize: 5_242_880,
      publicBaseUrl: null,
      cdnBaseUrl: null,
      corsOrigins: true,
      jwtSecret: null,
      admin: null,
      rateLimitMax: 300,
      loginRateLimitMax: 10,
      loginMaxFailures: 5,
      loginFailureWindowSeconds: 900,
      trustProxy: false,
      metricsToken: null,
    });
    expect(config.database).toMatchObject({ url: null, sslmode: 'disable', poolMax: 10 });
  });

  it('puts uploads under DATA_DIR unless UPLOAD_DIR says otherwise, relative to the invocation directory', () => {
    expect(parse({ DATA_DIR: 'state' }).uploadDir).toBe('/srv/league/state/uploads');
    expect(parse({ DATA_DIR: 'state', UPLOAD_DIR: '/var/images' }).uploadDir).toBe('/var/images');
  });

  it('builds the database URL from DB_* and lets DATABASE_URL win', () => {
    expect(parse({ DB_HOST: 'db', DB_PASSWORD: 'p@ss word' }).database.url).toBe(
      'postgres://pingpong_user:p%40ss%20word@db:5432/pingpong',
    );
    expect(parse({ DB_HOST: 'db', DATABASE_URL: 'postgres://u@elsewhere/x' }).database.url).toBe(
      'postgres://u@elsewhere/x',
    );
  });

  it('reads lists and URLs', () => {
    const config = parse({
      CORS_ORIGINS: 'https://a.example, https://b.example',
      PUBLIC_BASE_URL: 'https://league.example/',
      TRUST_PROXY: '10.0.0.1, 172.16.0.0/12, loopback',
    });
    expect(config.corsOrigins).toEqual(['https://a.example', 'https://b.example']);
    expect(config.publicBaseUrl).toBe('https://league.example');
    expect(config.trustProxy).toEqual(['10.0.0.1', '172.16.0.0/12', 'loopback']);
  });
});

describe('every bad value stops start-up naming its variable', () => {
  it.each([
    ['PORT', 'eighty'],
    ['PORT', '70000'],
    ['NODE_ENV', 'staging'],
    ['LOG_LEVEL', 'loud'],
    ['DB_PORT', '-1'],
    ['DB_POOL_MAX', '0'],
    ['DB_SSLMODE', 'sometimes'],
    ['DB_STATEMENT_TIMEOUT_MS', '10'],
    ['DB_CONNECT_TIMEOUT_SECONDS', '1.5'],
    ['EMBEDDED_DB_PORT', 'x'],
    ['DATABASE_URL', 'mysql://nope'],
    ['MAX_UPLOAD_SIZE', '10'],
    ['MAX_UPLOAD_SIZE', '5MB'],
    ['PUBLIC_BASE_URL', 'league.example'],
    ['CDN_BASE_URL', 'ftp://cdn.example'],
    ['JWT_SECRET', 'short'],
    ['JWT_EXPIRES_IN_SECONDS', '5'],
    ['RATE_LIMIT_MAX', '0'],
    ['LOGIN_RATE_LIMIT_MAX', 'many'],
    ['LOGIN_MAX_FAILURES', '0'],
    ['LOGIN_FAILURE_WINDOW_SECONDS', '1'],
    ['TRUST_PROXY', 'everyone'],
    ['TRUST_PROXY', '10.0.0.1/999'],
    ['TRUST_PROXY', '2'],
    ['METRICS_TOKEN', 'short'],
  ])('%s=%s', (variable, value) => {
    const error = problem({ [variable]: value, ...(variable === 'DB_PORT' ? { DB_HOST: 'db' } : {}) });
    expect(error.variable).toBe(variable);
    expect(error.message).toMatch(new RegExp(`^Invalid configuration: ${variable} `));
    expect(error.message).not.toContain('\n');
  });

  it('names the missing half of the admin pair', () => {
    expect(problem({ ADMIN_EMAIL: 'a@b.c' }).variable).toBe('ADMIN_PASSWORD');
    expect(problem({ ADMIN_PASSWORD: 'long-enough' }).variable).toBe('ADMIN_EMAIL');
    expect(problem({ ADMIN_EMAIL: 'a@b.c', ADMIN_PASSWORD: 'short' }).variable).toBe('ADMIN_PASSWORD');
  });
});

describe('production rules', () => {
  const production = { NODE_ENV: 'production', JWT_SECRET: SECRET };

  it('requires JWT_SECRET', () => {
    expect(problem({ NODE_ENV: 'production' }).variable).toBe('JWT_SECRET');
  });

  it('allows no CORS origin by default and refuses the wildcard', () => {
    expect(parse(production).corsOrigins).toEqual([]);
    expect(problem({ ...production, CORS_ORIGINS: '*' }).variable).toBe('CORS_ORIGINS');
    expect(parse({ ...production, CORS_ORIGINS: 'https://league.example' }).corsOrigins).toEqual([
      'https://league.example',
    ]);
  });

  it('believes X-Forwarded-For only from a local or private-network proxy unless told otherwise', () => {
    expect(parse(production).trustProxy).toEqual(['loopback', 'uniquelocal']);
    expect(parse({ ...production, TRUST_PROXY: 'false' }).trustProxy).toBe(false);
    expect(parse({ ...production, TRUST_PROXY: '203.0.113.7' }).trustProxy).toEqual(['203.0.113.7']);
  });

  it('keeps the lowercase admin email', () => {
    expect(
      parse({ ...production, ADMIN_EMAIL: 'Boss@League.Example', ADMIN_PASSWORD: 'long-enough' }).admin,
    ).toEqual({
      email: 'boss@league.example',
      password: 'long-enough',
    });
  });
});

describe('.env and the real environment', () => {
  const dirs: string[] = [];
  afterAll(async () => {
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  });

  async function withDotenv(contents: string) {
    const dir = await mkdtemp(path.join(tmpdir(), 'pingpong-config-'));
    dirs.push(dir);
    await writeFile(path.join(dir, '.env'), contents);
    return dir;
  }

  it('reads .env, and a real variable wins over the same name in .env', async () => {
    const dir = await withDotenv('PORT=9000\nLOG_LEVEL=debug\nDATA_DIR=from-dotenv\n');
    const config = loadConfig({ PORT: '9100' }, dir);
    expect(config.port).toBe(9100);
    expect(config.logLevel).toBe('debug');
    expect(config.dataDir).toBe(path.join(dir, 'from-dotenv'));
  });

  it('names the variable when the bad value comes from .env', async () => {
    const dir = await withDotenv('MAX_UPLOAD_SIZE=huge\n');
    expect(() => loadConfig({}, dir)).toThrow(/^Invalid configuration: MAX_UPLOAD_SIZE /);
    expect(loadConfig({ MAX_UPLOAD_SIZE: '2048' }, dir).maxUploadSize).toBe(2048);
  });

  it('works without a .env file', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'pingpong-config-'));
    dirs.push(dir);
    expect(loadConfig({ PORT: '8181' }, dir).port).toBe(8181);
  });
});

describe('LEAGUE_TIMEZONE (SPEC §6)', () => {
  it('defaults to Hanoi and takes any IANA zone', () => {
    expect(parse({}).leagueTimezone).toBe('Asia/Ho_Chi_Minh');
    expect(parse({ LEAGUE_TIMEZONE: 'Europe/Berlin' }).leagueTimezone).toBe('Europe/Berlin');
  });

  it('refuses a zone Intl does not know', () => {
    expect(problem({ LEAGUE_TIMEZONE: 'Asia/Hanoi_Town' }).message).toContain('LEAGUE_TIMEZONE');
  });
});
