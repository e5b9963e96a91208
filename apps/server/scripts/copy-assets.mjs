// tsc compiles TypeScript only; the migrations (SQL and drizzle-kit's journal) travel next to the code.
import { cpSync, rmSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const target = path.join(root, 'dist/db/migrations');
rmSync(target, { recursive: true, force: true });
cpSync(path.join(root, 'src/db/migrations'), target, { recursive: true });
