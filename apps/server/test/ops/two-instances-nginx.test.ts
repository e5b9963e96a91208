import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../global-setup.js';
import { createTestDatabase } from '../helpers/app.js';
import { ADMIN, adminToken, PROCESS_JWT_SECRET, startOn, waitFor } from '../helpers/league-process.js';
import type { RunningServer } from '../helpers/process.js';

const NGINX = '/usr/sbin/nginx';
const haveNginx = existsSync(NGINX);
if (!haveNginx)
  console.warn(`SKIPPED: ${NGINX} is not installed (apt-get install nginx); .ci/run installs it`);

let a: RunningServer;
let b: RunningServer;
let nginx: ChildProcess;
let nginxDir = '';
let balancer = '';
let token = '';

async function api(
  base: string,
  method: string,
  url: string,
  body?: unknown,
  headers: Record<string, string> = {},
) {
  const response = await fetch(`${base}/api/v1${url}`, {
    method,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, json: text ? JSON.parse(text) : null };
}

beforeAll(async () => {
  if (!haveNginx) return;
  const env = {
    DATABASE_URL: await createTestDatabase(),
    JWT_SECRET: PROCESS_JWT_SECRET,
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    RATE_LIMIT_MAX: '100000',
    LOGIN_RATE_LIMIT_MAX: '4',
    TRUST_PROXY: 'loopback',
  };
  [a, b] = await Promise.all([startOn(env), startOn(env)]);
  nginxDir = await mkdtemp(path.join(tmpdir(), 'pingpong-nginx-'));
  const port = await freePort();
  // X-Forwarded-For is set, not appended: whatever a client claims is replaced by the address nginx saw.
  await writeFile(
    path.join(nginxDir, 'nginx.conf'),
    `daemon off;
worker_processes 1;
pid ${nginxDir}/nginx.pid;
error_log ${nginxDir}/error.log warn;
events { worker_connections 256; }
http {
  access_log off;
  client_body_temp_path ${nginxDir}/body;
  proxy_temp_path ${nginxDir}/proxy;
  fastcgi_temp_path ${nginxDir}/fastcgi;
  uwsgi_temp_path ${nginxDir}/uwsgi;
  scgi_temp_path ${nginxDir}/scgi;
  upstream league { server ${new URL(a.baseUrl).host}; server ${new URL(b.baseUrl).host}; }
  server {
    listen 127.0.0.1:${port};
    location / {
      proxy_pass http://league;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $host;
      proxy_set_header X-Forwarded-For $remote_addr;
      proxy_buffering off;
      proxy_read_timeout 1h;
    }
  }
}
`,
  );
  nginx = spawn(NGINX, ['-c', path.join(nginxDir, 'nginx.conf'), '-p', nginxDir], { stdio: 'ignore' });
  balancer = `http://127.0.0.1:${port}`;
  await waitFor(async () => (await fetch(`${balancer}/health/ready`)).ok, 10_000, 'nginx');
  token = await adminToken(a.baseUrl);
}, 120_000);

afterAll(async () => {
  nginx?.kill('SIGQUIT');
  await Promise.all([a?.stop(), b?.stop()]);
  if (nginxDir) await rm(nginxDir, { recursive: true, force: true });
});

describe.skipIf(!haveNginx)('two instances behind nginx act as one (SPEC §8)', () => {
  it('a write through one is read fresh through the other, and an SSE client on the other gets it', async () => {
    const season = (await api(a.baseUrl, 'POST', '/seasons', { name: 'Two Instances', year: 2026 })).json
      .data;
    expect((await api(a.baseUrl, 'POST', `/seasons/${season.id}/start`, {})).status).toBe(200);
    const team = (await api(a.baseUrl, 'POST', '/teams', { name: 'Nginx Club' })).json.data;
    expect((await api(a.baseUrl, 'POST', `/seasons/${season.id}/teams`, { team_id: team.id })).status).toBe(
      201,
    );
    const player = (await api(a.baseUrl, 'POST', '/players', { full_name: 'Đỗ Văn Cân' })).json.data;
    const entry = await api(a.baseUrl, 'POST', `/seasons/${season.id}/players`, {
      player_id: player.id,
      team_id: team.id,
      rank_id: 'B2',
    });
    expect(entry.status).toBe(201);
    const points = async () =>
      (await api(b.baseUrl, 'GET', `/seasons/${season.id}/leaderboard`)).json.data[0].accumulated_points;
    expect(await points()).toBe(0); // now cached on B

    const controller = new AbortController();
    const stream = await fetch(`${b.baseUrl}/api/v1/seasons/${season.id}/events`, {
      signal: controller.signal,
    });
    const reader = stream.body!.getReader();
    let received = '';
    const heard = (async () => {
      while (!received.includes('event: points_adjusted')) {
        const { value, done } = await reader.read();
        if (done) break;
        received += new TextDecoder().decode(value);
      }
    })();

    const adjusted = await api(a.baseUrl, 'POST', '/points/adjust', {
      player_season_id: entry.json.data.id,
      delta_points: 12.5,
      reason: 'Two-instance bonus',
    });
    expect(adjusted.status).toBe(201);
    // NOTIFY reaches B within milliseconds; B's cached table is dropped and rebuilt.
    await waitFor(async () => (await points()) === 12.5, 3_000, 'B to serve the fresh leaderboard');
    await Promise.race([heard, new Promise((resolve) => setTimeout(resolve, 3_000))]);
    controller.abort();
    expect(received).toContain('event: points_adjusted');
    // Through the balancer both instances answer the same.
    for (let i = 0; i < 4; i++) {
      const response = await fetch(`${balancer}/api/v1/seasons/${season.id}/leaderboard`);
      const viaNginx = (await response.json()) as { data: Array<{ accumulated_points: number }> };
      expect(viaNginx.data[0]?.accumulated_points).toBe(12.5);
    }
  });

  it('counts the per-IP login limit once across both instances, whatever X-Forwarded-For a client sends', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      const response = await fetch(`${balancer}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': `203.0.113.${i}` },
        body: JSON.stringify({ email: 'nobody@league.test', password: 'wrong-password' }),
      });
      statuses.push(response.status);
    }
    // LOGIN_RATE_LIMIT_MAX=4 per minute from 127.0.0.1, shared by both instances (counted apart, each would
    // allow 4 and all 6 would get 401). The admin's sign-in in beforeAll (straight to A) took one of the 4.
    expect(statuses).toEqual([401, 401, 401, 429, 429, 429]);
  });
});
