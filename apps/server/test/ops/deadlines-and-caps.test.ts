import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/app.js';

let t: TestApp;
beforeAll(async () => {
  // Deadline = 2.5 s statement timeout + 1 s connect timeout = 3.5 s.
  t = await createTestApp(
    {
      DB_STATEMENT_TIMEOUT_MS: '2500',
      DB_CONNECT_TIMEOUT_SECONDS: '1',
      SSE_MAX_PER_IP: '3',
      HEADERS_TIMEOUT_MS: '2000',
    },
    { listen: true },
  );
});
afterAll(() => t.close());

describe('request deadlines and slow clients (item 7)', () => {
  it('a write that overruns its deadline answers 503 at the deadline and never commits', async () => {
    const sql = t.database.sql;
    // Each statement stays well under the statement timeout (1.9 of 2.5 s, so a loaded machine does not
    // turn one into a statement timeout); together they overrun the 3.5 s request deadline.
    await sql.unsafe(`
      CREATE FUNCTION test_slow() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN PERFORM pg_sleep(1.9); RETURN NEW; END $$;
      CREATE TRIGGER test_slow_team BEFORE INSERT ON teams FOR EACH ROW EXECUTE FUNCTION test_slow();
      CREATE TRIGGER test_slow_audit BEFORE INSERT ON audit_events FOR EACH ROW EXECUTE FUNCTION test_slow();`);
    try {
      const started = Date.now();
      const response = await t.request({
        method: 'POST',
        url: '/api/v1/teams',
        as: 'admin',
        payload: { name: 'Too Late Club' },
      });
      expect(response.statusCode).toBe(503);
      expect(response.json().error_code).toBe('REQUEST_TIMEOUT');
      expect(Date.now() - started).toBeLessThan(4_500);
      await new Promise((resolve) => setTimeout(resolve, 2_000));
      const [row] = await sql`SELECT count(*)::int AS n FROM teams WHERE name = 'Too Late Club'`;
      expect(row?.n).toBe(0);
    } finally {
      await sql.unsafe(`DROP TRIGGER test_slow_team ON teams; DROP TRIGGER test_slow_audit ON audit_events;`);
    }
  });

  it('answers a body trickling in at a byte a second at the deadline, and closes the socket', async () => {
    const { port } = new URL(t.baseUrl);
    const socket = connect(Number(port), '127.0.0.1');
    let answer = '';
    const closed = new Promise<number>((resolve) => socket.once('close', () => resolve(Date.now())));
    socket.on('data', (chunk) => (answer += chunk));
    socket.write(
      `POST /api/v1/teams HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${t.tokens.admin}\r\n` +
        'Content-Type: application/json\r\nContent-Length: 1000\r\n\r\n{',
    );
    const drip = setInterval(() => socket.writable && socket.write(' '), 1_000);
    const started = Date.now();
    const at = await Promise.race([
      closed,
      new Promise<number>((resolve) => setTimeout(() => resolve(-1), 20_000)),
    ]);
    clearInterval(drip);
    socket.destroy();
    expect(at).toBeGreaterThan(0);
    expect(at - started).toBeLessThan(10_000);
    expect(answer).toMatch(/^HTTP\/1.1 (503|408)/);
  });
});

describe('slow headers (item 7)', () => {
  it('answers 408 to headers trickling in at a byte a second once HEADERS_TIMEOUT_MS passed, and stays well', async () => {
    const { port } = new URL(t.baseUrl);
    const socket = connect(Number(port), '127.0.0.1');
    let answer = '';
    const closed = new Promise<number>((resolve) => socket.once('close', () => resolve(Date.now())));
    socket.on('data', (chunk) => (answer += chunk));
    const started = Date.now();
    socket.write('GET /health HTTP/1.1\r\nHost: x\r\nX-Slow: ');
    // Never ends the headers: Node's default sweep (every 30 s) would leave this open until then.
    const drip = setInterval(() => socket.writable && socket.write('a'), 1_000);
    const at = await Promise.race([
      closed,
      new Promise<number>((resolve) => setTimeout(() => resolve(-1), 15_000)),
    ]);
    clearInterval(drip);
    socket.destroy();
    expect(at).toBeGreaterThan(0);
    // 2 s of headers timeout, plus at most one 1 s sweep, plus slack for a loaded machine.
    expect(at - started).toBeLessThan(8_000);
    expect(answer).toMatch(/^HTTP\/1.1 408/);
    const health = await fetch(`${t.baseUrl}/health`);
    expect(health.status).toBe(200);
  });
});

describe('live stream caps (item 7)', () => {
  it('refuses more than SSE_MAX_PER_IP streams from one address and admits again once one closes', async () => {
    const season = (
      await t.request({
        method: 'POST',
        url: '/api/v1/seasons',
        as: 'admin',
        payload: { name: 'Caps', year: 2026 },
      })
    ).json().data;
    const url = `${t.baseUrl}/api/v1/seasons/${season.id}/events`;
    const controllers = [new AbortController(), new AbortController(), new AbortController()];
    for (const controller of controllers) {
      expect((await fetch(url, { signal: controller.signal })).status).toBe(200);
    }
    const refused = await fetch(url);
    expect(refused.status).toBe(429);
    expect(((await refused.json()) as { error_code: string }).error_code).toBe('TOO_MANY_STREAMS');
    controllers[0]!.abort();
    await new Promise((resolve) => setTimeout(resolve, 300));
    const again = new AbortController();
    expect((await fetch(url, { signal: again.signal })).status).toBe(200);
    for (const controller of [...controllers, again]) controller.abort();
  });

  it('keeps a live stream open past the request deadline', async () => {
    const season = (
      await t.request({
        method: 'POST',
        url: '/api/v1/seasons',
        as: 'admin',
        payload: { name: 'Long stream', year: 2026 },
      })
    ).json().data;
    const controller = new AbortController();
    const response = await fetch(`${t.baseUrl}/api/v1/seasons/${season.id}/events`, {
      signal: controller.signal,
    });
    expect(response.status).toBe(200);
    const reader = response.body!.getReader();
    // The deadline is 3.5 s: a stream cut at it would end (done) or fail before 4.5 s.
    const until = Date.now() + 4_500;
    let outcome = 'open';
    while (Date.now() < until && outcome === 'open') {
      outcome = await Promise.race([
        reader.read().then(
          (chunk) => (chunk.done ? 'ended' : 'open'),
          () => 'failed',
        ),
        new Promise<string>((resolve) => setTimeout(() => resolve('open'), until - Date.now())),
      ]);
    }
    expect(outcome).toBe('open');
    controller.abort();
  });
});
