import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { FastifyInstance } from 'fastify';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { connectDatabase, type DatabaseClient } from '../../src/db/client.js';
import { runMigrations } from '../../src/db/migrate.js';
import { JWT_SECRET, testConfig } from '../helpers/app.js';

/**
 * The production set-up of docs/SECURITY.md, run for real: docs/sql/01-roles.sql as a superuser, the
 * migrations as pingpong_owner, docs/sql/02-grants.sql, then the server as pingpong_app.
 */
const sqlFile = (name: string) => readFile(new URL(`../../../../docs/sql/${name}`, import.meta.url), 'utf8');
const config = testConfig({ UPLOAD_DIR: `/tmp/pingpong-grants-${randomBytes(4).toString('hex')}` });
const PASSWORDS = {
  pingpong_owner: `owner-${randomBytes(8).toString('hex')}`,
  pingpong_app: `app-${randomBytes(8).toString('hex')}`,
};

let databaseUrl: string;
const urlAs = (role: keyof typeof PASSWORDS) => {
  const url = new URL(databaseUrl);
  url.username = role;
  url.password = PASSWORDS[role];
  return url.toString();
};
const connect = (role: keyof typeof PASSWORDS) => postgres(urlAs(role), { max: 1, onnotice: () => {} });

let database: DatabaseClient;
let app: FastifyInstance;
let token: string;

beforeAll(async () => {
  const { adminUrl } = inject('postgres');
  const name = `grants_${randomBytes(4).toString('hex')}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`CREATE DATABASE ${name}`);
  await admin.end();
  databaseUrl = adminUrl.replace(/\/postgres$/, `/${name}`);

  const superuser = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  await superuser.unsafe(await sqlFile('01-roles.sql'));
  for (const [role, password] of Object.entries(PASSWORDS)) {
    await superuser.unsafe(`ALTER ROLE ${role} PASSWORD '${password}'`);
  }
  await superuser.end();

  await runMigrations(urlAs('pingpong_owner'), config.database);
  const owner = connect('pingpong_owner');
  await owner.unsafe(await sqlFile('02-grants.sql'));
  await owner.end();

  // What server.ts does at start-up, as the restricted role: the migration check must pass without DDL rights.
  await runMigrations(urlAs('pingpong_app'), config.database);
  database = connectDatabase(urlAs('pingpong_app'), config.database);
  app = await buildApp({ config, database, jwtSecret: JWT_SECRET });
  const user = await app.users.create(
    { userId: null, requestId: 'test-setup' },
    { email: 'admin@league.test', password: 'admin-password', role: 'ADMIN' },
  );
  token = app.issueToken(user).token;
});

afterAll(async () => {
  await app?.close();
  await database?.close();
});

const api = (method: 'GET' | 'POST', url: string, payload?: object) =>
  app.inject({ method, url, payload, headers: { authorization: `Bearer ${token}` } });

describe('the server as pingpong_app', () => {
  it('does its everyday writes: teams, players, seasons, registrations with point logs, audit events', async () => {
    const team = (await api('POST', '/api/v1/teams', { name: 'Granted FC' })).json().data;
    const player = (await api('POST', '/api/v1/players', { full_name: 'Lê Quyền' })).json().data;
    const season = (await api('POST', '/api/v1/seasons', { name: 'Grants 2026', year: 2026 })).json().data;
    expect((await api('POST', `/api/v1/seasons/${season.id}/teams`, { team_id: team.id })).statusCode).toBe(
      201,
    );
    const registered = await api('POST', `/api/v1/seasons/${season.id}/players`, {
      player_id: player.id,
      team_id: team.id,
      rank_id: 'B2',
      opening_points: 40,
    });
    expect(registered.statusCode, registered.body).toBe(201);
    const audit = await api('GET', '/api/v1/audit?limit=10');
    expect(audit.json().meta.total).toBeGreaterThanOrEqual(5);
  });

  it('cannot update, delete or truncate history, disable its triggers, or change the schema', async () => {
    const sql = connect('pingpong_app');
    try {
      for (const statement of [
        'UPDATE audit_events SET action = $$x$$',
        'DELETE FROM audit_events',
        'TRUNCATE audit_events',
        'UPDATE player_point_logs SET delta_points = 1000',
        'DELETE FROM player_point_logs',
        'TRUNCATE player_point_logs',
        'ALTER TABLE audit_events DISABLE TRIGGER ALL',
        'DROP TRIGGER audit_events_append_only ON audit_events',
        'CREATE TABLE shadow (id int)',
        'DELETE FROM drizzle.__drizzle_migrations',
      ]) {
        await expect(sql.unsafe(statement), statement).rejects.toMatchObject({
          code: '42501',
        });
      }
      const [counts] = await sql`SELECT (SELECT count(*) FROM player_point_logs)::int AS logs`;
      expect(counts?.logs).toBe(1);
    } finally {
      await sql.end();
    }
  });

  it('refuses to start on a database with a pending migration, saying who must run it', async () => {
    const owner = connect('pingpong_owner');
    try {
      await owner`DELETE FROM drizzle.__drizzle_migrations
        WHERE created_at = (SELECT max(created_at) FROM drizzle.__drizzle_migrations)`;
    } finally {
      await owner.end();
    }
    await expect(runMigrations(urlAs('pingpong_app'), config.database)).rejects.toThrow(/npm run db:migrate/);
  });
});
