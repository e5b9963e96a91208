import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './helpers/app.js';
import { newFixture, newLeague, newMatch, recordResult } from './helpers/factories.js';

/**
 * The recording benchmark compares the app with pgbench running "the same transaction"
 * (bench/record-result.sql). This holds the script to the statements the app really sends: change one and
 * not the other and this fails.
 */

const SCRIPT = path.resolve(import.meta.dirname, '../../../bench/record-result.sql');

/**
 * Where the script cannot say what the app says: pgbench picks a match at random from bench_matches and
 * needs the two registrations' ids as variables (the app reads them from the lock's `players`).
 */
const STAND_INS: Array<[script: string, app: string]> = [
  ['FROM bench_matches b JOIN matches m ON m.id = b.id', 'FROM matches m'],
  ['WHERE b.n = :n', 'WHERE m.id = :id'],
  [', b.home_ps, b.guest_ps', ''],
];

/**
 * A statement with every value taken out: parameters ($n), pgbench variables (:name), string and number
 * literals, true/false/null, and a value built by concatenating those, each become `?`. What is left (tables,
 * columns, joins, conditions, casts, order) must be the same.
 */
function shapeOf(statement: string): string {
  let text = statement
    .replace(/--[^\n]*/g, '')
    .replace(/'(?:[^']|'')*'/g, '?')
    .replace(/\$\d+/g, '?')
    .replace(/(?<![:\w]):[a-z_]\w*/gi, '?')
    .replace(/\b\d+(?:\.\d+)?\b/g, '?')
    .replace(/\b(?:true|false|null)\b/gi, '?');
  for (let previous = ''; previous !== text; ) {
    previous = text;
    text = text.replace(/\(\s*\?(?:\s*\|\|\s*\?)+\s*\)/g, '?');
  }
  return text
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/\s*([^\w\s?])\s*/g, '$1')
    .trim();
}

/** The script's SQL statements (its `\set` lines dropped), each ending at `;` or `\gset`. */
function scriptStatements(script: string): string[] {
  let text = script
    .split('\n')
    .filter((line) => !line.startsWith('\\') && !line.trimStart().startsWith('--'))
    .join('\n');
  for (const [standIn, app] of STAND_INS) {
    expect(text, `stand-in missing from the script: ${standIn}`).toContain(standIn);
    text = text.replace(standIn, app);
  }
  return text
    .split(/;\s*\n|\\gset\s*\n/)
    .map((statement) => statement.trim())
    .filter(Boolean);
}

describe('shapeOf', () => {
  it('takes the values out and keeps the rest', () => {
    expect(
      shapeOf("UPDATE t SET a = $1::int[], b = ('{' || :x || ',' || :y || '}')::uuid[] WHERE id = 7"),
    ).toBe(shapeOf('update t set a = $9::int[],\n  b = $2::uuid[] where id = $3'));
    expect(shapeOf('SELECT a::text FROM t')).not.toBe(shapeOf('SELECT a FROM t'));
    expect(shapeOf('SELECT a FROM t WHERE b = $1')).not.toBe(shapeOf('SELECT a FROM t WHERE c = $1'));
  });
});

describe('bench/record-result.sql', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('runs the statements POST /matches/{id}/result sends, in the same order', async () => {
    const league = await newLeague(t, { perTeam: 2 });
    const [home, guest] = league.teams;
    const fixture = await newFixture(t, {
      season_id: league.season.id,
      home_team_id: home!.id,
      guest_team_id: guest!.id,
    });
    const match = await newMatch(
      t,
      fixture.id,
      1,
      [league.rosters[0]![0]!.player_id],
      [league.rosters[1]![0]!.player_id],
    );

    // postgres.js calls options.debug with every statement it sends, and which connection it goes on.
    const sent: Array<{ connection: number; text: string }> = [];
    const options = t.database.sql.options as { debug?: unknown };
    options.debug = (connection: number, text: string) => sent.push({ connection, text });
    try {
      const response = await recordResult(t, match.id, [11, 9, 12, 11], [7, 11, 10, 5]);
      expect(response.statusCode).toBe(200);
    } finally {
      delete options.debug;
    }
    const begin = sent.find((statement) => /^begin\b/i.test(statement.text.trim()));
    expect(begin, 'no transaction was sent').toBeDefined();
    const transaction = sent
      .filter((statement) => statement.connection === begin!.connection)
      .map((statement) => statement.text);
    const last = transaction.findIndex((text) => /^commit$/i.test(text.trim()));
    const app = transaction.slice(0, last + 1);

    const script = scriptStatements(readFileSync(SCRIPT, 'utf8'));
    expect(script.map(shapeOf)).toEqual(app.map(shapeOf));
  });
});
