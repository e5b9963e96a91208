// Where the server's main thread spends its time recording results: a node:inspector CPU profile of one
// measured HTTP run of the record bench (bench/README.md §2), summed by self time per package and function.
// `cd apps/server && npx tsx ../../bench/profile-record.ts [out.cpuprofile]`
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { startCluster } from './cluster.js';
import { benchResultRecording } from './result-recording.js';

interface ProfileNode {
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount: number;
}

const IDLE = new Set(['(idle)', '(program)', '(garbage collector)']);

function packageOf(url: string) {
  const dependency = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (dependency) return dependency[1]!;
  if (url.includes('/apps/server/src/')) return `app:${url.split('/apps/server/src/')[1]}`;
  if (url.includes('/packages/domain/')) return 'domain';
  return url || '(native)';
}

function summarize(nodes: ProfileNode[]) {
  const busy = nodes.filter((n) => !IDLE.has(n.callFrame.functionName)).reduce((s, n) => s + n.hitCount, 0);
  const top = (key: (n: ProfileNode) => string) => {
    const sums = new Map<string, number>();
    for (const n of nodes) sums.set(key(n), (sums.get(key(n)) ?? 0) + n.hitCount);
    return [...sums]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 40)
      .map(([name, hits]) => `${((100 * hits) / busy).toFixed(1)}%\t${name}`)
      .join('\n');
  };
  const frame = (n: ProfileNode) =>
    `${n.callFrame.functionName || '(anonymous)'} ${packageOf(n.callFrame.url)}:${n.callFrame.lineNumber}`;
  return `% of busy samples (idle, program and GC are not busy)\n--- by package\n${top((n) => packageOf(n.callFrame.url))}\n--- by function\n${top(frame)}`;
}

const cluster = await startCluster();
const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 200 });
let nodes: ProfileNode[] = [];
try {
  const result = await benchResultRecording(cluster, {
    clients: 32,
    rounds: 1,
    seconds: 5,
    matchesPerRun: 6000,
    aroundHttp: {
      before: async () => {
        await session.post('Profiler.start');
      },
      after: async () => {
        const { profile } = await session.post('Profiler.stop');
        if (process.argv[2]) writeFileSync(process.argv[2], JSON.stringify(profile));
        nodes = profile.nodes as ProfileNode[];
      },
    },
  });
  console.log(JSON.stringify({ ratio: result.ratio, runs: result.runs, cpu: result.cpuMsPerResult }));
  console.log(summarize(nodes));
} finally {
  await cluster.stop();
}
process.exit(0);
