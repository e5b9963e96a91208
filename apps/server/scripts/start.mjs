// `npm start`: with NODE_ENV=production the compiled server (dist, from `npm run build`) runs on plain Node,
// no TypeScript tooling loaded; otherwise the sources run through tsx. Signals are passed on, so the server
// shuts down gracefully, and its exit code is ours.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const production = process.env.NODE_ENV === 'production';
const compiled = path.join(root, 'dist/server.js');
if (production && !existsSync(compiled)) {
  console.error('NODE_ENV=production runs the compiled server: run `npm run build` first');
  process.exit(1);
}
const args = production
  ? ['--conditions=pingpong-compiled', '--enable-source-maps', compiled]
  : ['--import', 'tsx', path.join(root, 'src/server.ts')];
const child = spawn(process.execPath, args, { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
