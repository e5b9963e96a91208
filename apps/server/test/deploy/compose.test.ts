import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { candidates } from '../../src/modules/backups/pg-tools.js';

/**
 * No Docker engine runs where the tests run, so the deployment files are checked for what they
 * promise (SPEC §1): the shapes a reviewer would otherwise verify by eye.
 */
const root = path.resolve(import.meta.dirname, '../../../..');
const compose = parse(readFileSync(path.join(root, 'docker-compose.yml'), 'utf8'));
const dockerfile = readFileSync(path.join(root, 'Dockerfile'), 'utf8');

describe('docker-compose.yml', () => {
  const { postgres, backend } = compose.services;

  it('runs PostgreSQL 15 on alpine with a pg_isready health check and a named volume', () => {
    expect(postgres.image).toBe('postgres:15-alpine');
    expect(postgres.healthcheck.test.join(' ')).toContain('pg_isready');
    expect(postgres.volumes).toContain('postgres_data:/var/lib/postgresql/data');
    expect(compose.volumes).toHaveProperty('postgres_data');
    expect(postgres.ports).toBeUndefined();
  });

  it('puts both services on the pingpong_network bridge', () => {
    expect(compose.networks.pingpong_network.driver).toBe('bridge');
    expect(postgres.networks).toContain('pingpong_network');
    expect(backend.networks).toContain('pingpong_network');
  });

  it('starts the backend only once the database is healthy, and checks /health', () => {
    expect(backend.depends_on.postgres.condition).toBe('service_healthy');
    expect(backend.healthcheck.test.join(' ')).toContain('/health');
    expect(backend.ports.some((port: string) => port.endsWith(':8080'))).toBe(true);
  });

  it('points the backend at the compose database and keeps uploads on a volume', () => {
    expect(backend.environment.DB_HOST).toBe('postgres');
    expect(backend.environment.NODE_ENV).toBe('production');
    expect(backend.environment.JWT_SECRET).toMatch(/\$\{JWT_SECRET:\?/);
    expect(backend.environment.DB_PASSWORD).toMatch(/\$\{DB_PASSWORD:\?/);
    const uploadDir = backend.environment.UPLOAD_DIR;
    expect(backend.volumes).toContain(`uploads:${uploadDir}`);
    expect(compose.volumes).toHaveProperty('uploads');
  });

  it('keeps backups ($DATA_DIR/backups) on a volume of their own', () => {
    expect(backend.volumes).toContain('backups:/var/lib/pingpong/backups');
    expect(compose.volumes).toHaveProperty('backups');
  });

  it('names only variables the server understands', () => {
    const known = readFileSync(path.join(root, '.env.example'), 'utf8');
    for (const name of Object.keys(backend.environment)) expect(known, name).toContain(name);
  });
});

describe('Dockerfile', () => {
  const stages = dockerfile.match(/^FROM .+$/gm) ?? [];

  it('is multi-stage on Node LTS alpine', () => {
    expect(stages.length).toBeGreaterThanOrEqual(2);
    const names: string[] = [];
    for (const stage of stages) {
      const [, base, name] = /^FROM (\S+)(?: AS (\S+))?$/.exec(stage) ?? [];
      // Each stage starts from Node LTS on alpine, or from an earlier stage of this file.
      expect(names.includes(base!) || /^node:(20|22|24)-alpine(3\.\d+)?$/.test(base!), stage).toBe(true);
      if (name) names.push(name);
    }
    expect(stages.at(-1)).toMatch(/^FROM node:(20|22|24)-alpine/);
  });

  it("installs pg_dump/pg_restore of the compose database's major version where the server looks", () => {
    const runtime = dockerfile.slice(dockerfile.lastIndexOf('\nFROM '));
    const major = /^postgres:(\d+)-alpine$/.exec(compose.services.postgres.image)?.[1];
    expect(major).toBe('15');
    // Alpine's package (the image is Alpine, SPEC §1): installed in the runtime stage, as root, before USER.
    const install = new RegExp(`^RUN apk add --no-cache postgresql${major}-client\\b`, 'm');
    expect(runtime).toMatch(install);
    expect(runtime.search(install)).toBeLessThan(runtime.indexOf('USER node'));
    // The build fails unless that pg_dump really is major 15, at the path pg-tools.ts tries.
    expect(runtime).toContain(`/usr/libexec/postgresql${major}/pg_dump --version`);
    for (const tool of ['pg_dump', 'pg_restore'] as const) {
      expect(candidates(tool, Number(major))).toContain(`/usr/libexec/postgresql${major}/${tool}`);
    }
  });

  it('runs as a non-root user, exposes 8080 and checks /health', () => {
    expect(dockerfile).toMatch(/^USER node$/m);
    expect(dockerfile).toMatch(/^EXPOSE 8080$/m);
    expect(dockerfile).toMatch(/HEALTHCHECK[\s\S]+\/health/);
    expect(dockerfile).toMatch(/npm ci/);
  });

  it('runs the compiled server on plain Node (no tsx or esbuild at run time)', () => {
    expect(dockerfile).toMatch(/RUN npm run build/);
    const cmd = /^CMD (.+)$/m.exec(dockerfile)?.[1] ?? '';
    expect(JSON.parse(cmd)).toEqual(expect.arrayContaining(['node', 'apps/server/dist/server.js']));
    expect(cmd).not.toMatch(/tsx|esbuild/);
    // patch-package needs its patches before npm ci runs the postinstall.
    expect(dockerfile.indexOf('COPY patches')).toBeLessThan(dockerfile.indexOf('npm ci'));
  });

  it('copies only what exists in the repository', () => {
    const ignored = readFileSync(path.join(root, '.dockerignore'), 'utf8');
    expect(ignored).toMatch(/^node_modules$/m);
    expect(ignored).toMatch(/^data$/m);
    for (const [, source] of dockerfile.matchAll(/^COPY (?!--from)(?:--\S+ )*(\S+)/gm)) {
      if (source === '.') continue;
      expect(existsSync(path.join(root, source!)), source).toBe(true);
    }
  });
});
