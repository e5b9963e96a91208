import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve(import.meta.dirname, '..');
const READ_BY_PEOPLE = new Set([
  'title',
  'label',
  'aria-label',
  'placeholder',
  'alt',
  'emptyLabel',
  'noun',
  'subtitle',
  'message',
]);
const LETTER = /\p{L}/u;

function screens(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return screens(full);
    return entry.name.endsWith('.tsx') ? [full] : [];
  });
}

/** Text typed straight into JSX (between tags, or in an attribute people read) exists in one language only. */
function hardCodedTexts(file: string, code = readFileSync(file, 'utf8')): string[] {
  const source = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && LETTER.test(node.text)) found.push(node.text.trim());
    if (
      ts.isJsxAttribute(node) &&
      READ_BY_PEOPLE.has(node.name.getText(source)) &&
      node.initializer &&
      ts.isStringLiteral(node.initializer) &&
      LETTER.test(node.initializer.text)
    ) {
      found.push(`${node.name.getText(source)}="${node.initializer.text}"`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found.map((text) => `${path.relative(SRC, file)}: ${text}`);
}

describe('screens', () => {
  it('take every text a person reads from the message catalogs', () => {
    expect(screens(SRC).flatMap((file) => hardCodedTexts(file))).toEqual([]);
  });

  it('the check finds a hard-coded text', () => {
    const probe = path.join(SRC, 'probe.tsx');
    expect(hardCodedTexts(probe, 'const x = <p title="Hello">Hi {name}</p>;')).toEqual([
      'probe.tsx: title="Hello"',
      'probe.tsx: Hi',
    ]);
  });
});
