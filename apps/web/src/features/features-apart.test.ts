import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** STYLE §11: a feature imports the shared layers (components, lib, i18n), never another feature. */
const FEATURES = import.meta.dirname;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

const SPECIFIER = /(?:from|import)\s*\(?\s*'([^']+)'/g;

function crossings(): string[] {
  const found: string[] = [];
  for (const feature of readdirSync(FEATURES, { withFileTypes: true }).filter((entry) =>
    entry.isDirectory(),
  )) {
    for (const file of sources(path.join(FEATURES, feature.name))) {
      for (const [, specifier] of readFileSync(file, 'utf8').matchAll(SPECIFIER)) {
        if (!specifier?.startsWith('.')) continue;
        const target = path.relative(FEATURES, path.resolve(path.dirname(file), specifier));
        const [top] = target.split(path.sep);
        if (!target.startsWith('..') && target.includes(path.sep) && top !== feature.name) {
          found.push(`${path.relative(FEATURES, file)} → ${specifier}`);
        }
      }
    }
  }
  return found;
}

describe('features', () => {
  it('do not import each other (pages that combine features live in app/)', () => {
    expect(crossings()).toEqual([]);
  });
});
