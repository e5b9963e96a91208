// Runs a command line tool (`node scripts/run.mjs cli/backup -- args`) the way `npm start` runs the server:
// compiled under NODE_ENV=production when built, from the sources through tsx otherwise.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const [tool, ...rest] = process.argv.slice(2);
const compiled = path.join(root, `dist/${tool}.js`);
const useCompiled = process.env.NODE_ENV === 'production' && existsSync(compiled);
const args = useCompiled
  ? ['--conditions=pingpong-compiled', compiled, ...rest]
  : ['--import', 'tsx', path.join(root, `src/${tool}.ts`), ...rest];
const child = spawn(process.execPath, args, { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
