import { errors } from '../../errors.js';
import type { LeaderboardKey } from './order.js';

/**
 * `?after=`: an opaque cursor naming the last row a client has seen, so the next page starts from its
 * key in the index instead of counting `offset` rows. It also carries how many rows came before (the
 * next page's offset) and the last row's position, because counting the rows ahead of a key is the
 * linear part of a deep page; positions on an `after` page continue from the cursor. A cursor stays
 * valid across writes (the key names a place in the order, not a row number), but if the table moved
 * in between, the carried offset and position are the ones of the page it came from.
 */
export interface LeaderboardCursor {
  key: LeaderboardKey;
  /** Rows before the page that starts after `key`. */
  offset: number;
  /** League position of the row with `key`. */
  position: number;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const count = (value: unknown): value is number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;

export function encodeCursor({ key, offset, position }: LeaderboardCursor): string {
  const tuple = [key.points, key.wins, key.matches, key.name, key.id, offset, position];
  return Buffer.from(JSON.stringify(tuple)).toString('base64url');
}

export function decodeCursor(cursor: string): LeaderboardCursor {
  let tuple: unknown;
  try {
    tuple = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    tuple = null;
  }
  if (Array.isArray(tuple) && tuple.length === 7) {
    const [points, wins, matches, name, id, offset, position] = tuple;
    if (
      typeof points === 'number' &&
      Number.isFinite(points) &&
      Math.abs(points) < 1e8 &&
      count(wins) &&
      count(matches) &&
      typeof name === 'string' &&
      name.length <= 200 &&
      typeof id === 'string' &&
      UUID.test(id) &&
      count(offset) &&
      count(position) &&
      position >= 1
    ) {
      return { key: { points, wins, matches, name, id }, offset, position };
    }
  }
  throw errors.invalidInput('The after cursor is not one this API issued; start again from the first page', {
    field: 'after',
  });
}
