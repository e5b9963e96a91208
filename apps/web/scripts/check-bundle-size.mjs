#!/usr/bin/env node
// Fails when the JavaScript a phone must download before the first screen (the entry script in
// dist/index.html, its modulepreloads and every chunk they import statically) is over budget gzipped.
// Lazily imported screens do not count: they load only when opened.
//   node apps/web/scripts/check-bundle-size.mjs [distDir] [--budget-kb=120]
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const args = process.argv.slice(2);
const distDir = path.resolve(
  args.find((arg) => !arg.startsWith('--')) ?? path.join(import.meta.dirname, '../dist'),
);
const budgetKb = Number(args.find((arg) => arg.startsWith('--budget-kb='))?.split('=')[1] ?? 120);

const html = readFileSync(path.join(distDir, 'index.html'), 'utf8');
const fromHtml = [
  ...html.matchAll(/<script\b[^>]*\btype="module"[^>]*\bsrc="([^"]+)"/g),
  ...html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g),
].map((match) => match[1]);
if (fromHtml.length === 0) {
  console.error(`No module script found in ${path.join(distDir, 'index.html')}`);
  process.exit(1);
}

// Static imports only: `import"./x.js"` and `from"./x.js"`; `import("./x.js")` is lazy and skipped.
const STATIC_IMPORT = /(?:\bfrom|\bimport)\s*["'](\.{1,2}\/[^"']+\.js)["']/g;
const seen = new Set();
const queue = fromHtml.map((src) => path.join(distDir, src.replace(/^\//, '')));
const rows = [];
while (queue.length > 0) {
  const file = queue.shift();
  if (seen.has(file)) continue;
  seen.add(file);
  const code = readFileSync(file);
  rows.push({ file: path.relative(distDir, file), bytes: code.length, gzip: gzipSync(code).length });
  for (const match of code.toString('utf8').matchAll(STATIC_IMPORT)) {
    queue.push(path.resolve(path.dirname(file), match[1]));
  }
}

const kb = (bytes) => (bytes / 1024).toFixed(1);
const total = rows.reduce((sum, row) => sum + row.gzip, 0);
for (const row of rows)
  console.log(`${row.file.padEnd(48)} ${kb(row.bytes).padStart(8)} KB  ${kb(row.gzip).padStart(7)} KB gzip`);
console.log(`initial JavaScript: ${kb(total)} KB gzipped (budget ${budgetKb} KB)`);
if (total > budgetKb * 1024) {
  console.error(`Over budget by ${kb(total - budgetKb * 1024)} KB`);
  process.exit(1);
}
