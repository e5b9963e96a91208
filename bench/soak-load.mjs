// Bench only: open-loop load at a fixed rate from its own process (requests leave on schedule whether or
// not earlier ones were answered, so a slow server shows as latency, not as a lower rate). Message from the
// parent: { baseUrl, rate, seconds, windowSeconds, mix: [{ weight, method, path, token?, body?, paths? }] }
// where `paths` is a list consumed in order (one match per result). Replies { windows, totals }.
import { Agent, request } from 'node:http';
import { performance } from 'node:perf_hooks';

const agent = new Agent({ keepAlive: true, maxSockets: 256 });

function percentile(sorted, p) {
  if (sorted.length === 0) return null;
  return sorted[Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length))) - 1];
}

function send(baseUrl, spec, path) {
  return new Promise((resolve) => {
    const started = performance.now();
    const body = spec.body ? JSON.stringify(spec.body) : undefined;
    const req = request(
      `${baseUrl}${path}`,
      {
        agent,
        method: spec.method,
        headers: {
          ...(spec.token ? { authorization: `Bearer ${spec.token}` } : {}),
          ...(body ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } : {}),
          'accept-encoding': 'gzip, br',
        },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve({ status: res.statusCode, ms: performance.now() - started }));
      },
    );
    req.on('error', () => resolve({ status: 0, ms: performance.now() - started }));
    req.end(body);
  });
}

process.once('message', async ({ baseUrl, rate, seconds, windowSeconds, mix }) => {
  const totalWeight = mix.reduce((sum, m) => sum + m.weight, 0);
  // Deterministic interleaving: request n takes the kind whose share is furthest behind.
  const sent = mix.map(() => 0);
  const cursors = mix.map(() => 0);
  const results = [];
  const pending = [];
  const start = performance.now();
  const total = Math.round(rate * seconds);
  for (let n = 0; n < total; n++) {
    const due = start + (n * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
    let pick = 0;
    let worst = Number.POSITIVE_INFINITY;
    for (let k = 0; k < mix.length; k++) {
      const share = sent[k] / (mix[k].weight / totalWeight);
      if (share < worst) {
        worst = share;
        pick = k;
      }
    }
    sent[pick]++;
    const spec = mix[pick];
    const path = spec.paths ? spec.paths[cursors[pick]++ % spec.paths.length] : spec.path;
    const at = (due - start) / 1000;
    pending.push(send(baseUrl, spec, path).then((r) => results.push({ at, kind: spec.name, ...r })));
  }
  await Promise.all(pending);
  const windows = [];
  for (let from = 0; from < seconds; from += windowSeconds) {
    const inWindow = results.filter((r) => r.at >= from && r.at < from + windowSeconds);
    const ms = inWindow.map((r) => r.ms).sort((a, b) => a - b);
    const byKind = {};
    for (const spec of mix) {
      const kind = inWindow
        .filter((r) => r.kind === spec.name)
        .map((r) => r.ms)
        .sort((a, b) => a - b);
      byKind[spec.name] = { p50: percentile(kind, 50), p99: percentile(kind, 99) };
    }
    windows.push({
      from,
      requests: inWindow.length,
      failed: inWindow.filter((r) => r.status === 0 || r.status >= 400).length,
      p50: percentile(ms, 50),
      p99: percentile(ms, 99),
      max: ms.at(-1) ?? null,
      byKind,
    });
  }
  const statuses = {};
  for (const r of results) statuses[r.status] = (statuses[r.status] ?? 0) + 1;
  process.send({
    windows,
    totals: { requests: results.length, statuses, seconds: (performance.now() - start) / 1000 },
  });
  agent.destroy();
});
