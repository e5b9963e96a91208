import { type SQL, sql } from 'drizzle-orm';

/**
 * The player leaderboard's order, the one SQL home of the rule `compareLeaderboard` states in
 * packages/domain (test/leaderboard-order.test.ts holds the two together on awkward names):
 * points desc, wins desc, fewer matches played first, then the name as a Vietnamese reader sorts it,
 * then the registration id so that namesakes keep a stable order.
 *
 * Its index is idx_player_seasons_leaderboard (db/schema/registry.ts, migration 0000):
 * `(season_id, accumulated_points DESC NULLS LAST, wins DESC NULLS LAST, matches_played) WHERE status =
 * 'ACTIVE'` covers the first three keys, so a page is an index range plus an incremental sort of the tie
 * group on the name (players.full_name lives in another table, no index can hold it).
 *
 * The database's own collation is C (byte order: "Đức" after "Zed", "Ông" after "Uyên"). `vi-x-icu`
 * (ICU's Vietnamese tailoring, created by initdb on every ICU build of PostgreSQL 15) puts Ă and Â
 * after A, Đ after D, Ô and Ơ after O, Ư after U, and orders the tones unmarked, huyền, hỏi, ngã, sắc,
 * nặng, as Vietnamese dictionaries do. It is deterministic: names ICU finds equal fall back to byte
 * order, which the domain comparator mirrors.
 */
export const NAME_COLLATION = 'vi-x-icu';

/**
 * The ORDER BY keys, for rows whose columns are `<ps>accumulated_points` ... and `<p>full_name`; `id` is
 * the registration's id column (a round table's rows carry it as `player_season_id`).
 */
export function leaderboardOrder(ps = 'ps.', p = 'p.', id = 'id'): SQL {
  return sql.raw(
    `${ps}accumulated_points DESC NULLS LAST, ${ps}wins DESC NULLS LAST, ${ps}matches_played, ` +
      `${p}full_name COLLATE "${NAME_COLLATION}", ${ps}${id}`,
  );
}

/** A leaderboard row's sort key: what `?after=` carries, the last row of the previous page. */
export interface LeaderboardKey {
  points: number;
  wins: number;
  matches: number;
  name: string;
  id: string;
}

/**
 * Rows strictly after `key` in leaderboardOrder. `(points, wins) <= (…)` is a row comparison over two
 * index columns of the same direction, so the index range starts at the key itself rather than at the
 * first row with its points (a points value is shared by ~1 000 players at 100 000).
 */
export function afterKey(key: LeaderboardKey, ps = 'ps.', p = 'p.'): SQL {
  const col = (name: string) => sql.raw(`${ps}${name}`);
  const name = sql.raw(`${p}full_name`);
  return sql`(${col('accumulated_points')}, ${col('wins')}) <= (${key.points}::numeric, ${key.wins}::int)
    AND (${col('accumulated_points')} < ${key.points}::numeric OR ${col('wins')} < ${key.wins}::int
      OR ${col('matches_played')} > ${key.matches}::int
      OR (${col('matches_played')} = ${key.matches}::int
        AND (${name} COLLATE "${sql.raw(NAME_COLLATION)}" > ${key.name}::text
          OR (${name} = ${key.name}::text AND ${col('id')} > ${key.id}::uuid))))`;
}
