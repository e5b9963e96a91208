import type postgres from 'postgres';
import {
  FAMILY,
  FEMALE_GIVEN,
  FEMALE_MIDDLE,
  MALE_GIVEN,
  MALE_MIDDLE,
} from '../apps/server/src/cli/demo/people.js';

/**
 * Bulk loaders for benchmark data, in SQL (generate_series): building 100 000 registrations through the API
 * would take longer than everything measured. Every row is deterministic (hashint4 of its index) and the
 * point invariant holds by construction: each player_season gets one MATCH log per match played (100 for
 * a win, 50 for a loss), its balance_after is the running sum, and accumulated_points is the last balance.
 */

const MIDDLE = [...new Set([...MALE_MIDDLE, ...FEMALE_MIDDLE])];
const GIVEN = [...MALE_GIVEN, ...FEMALE_GIVEN];

const textArray = (values: string[]) => `(ARRAY[${values.map((v) => `'${v}'`).join(',')}])`;
/** A realistic name for player k; names repeat (as they do in Vietnam), so the name tie-break has work to do. */
const NAME = `${textArray(FAMILY)}[1 + abs(hashint4(k)) % ${FAMILY.length}] || ' ' || ${textArray(MIDDLE)}[1 + abs(hashint4(k + 7)) % ${MIDDLE.length}] || ' ' || ${textArray(GIVEN)}[1 + abs(hashint4(k + 13)) % ${GIVEN.length}]`;

export async function createSeason(
  sql: postgres.Sql,
  options: { name: string; status: 'UPCOMING' | 'ACTIVE' | 'FINISHED'; teams: number },
): Promise<{ seasonId: string; teamIds: string[] }> {
  // One ACTIVE season at a time (seasons_one_active_key): the previous bench's season is over.
  if (options.status === 'ACTIVE') await sql`UPDATE seasons SET status = 'FINISHED' WHERE status = 'ACTIVE'`;
  const [season] = await sql<{ id: string }[]>`
    INSERT INTO seasons (name, year, status, rules) VALUES (${options.name}, 2026, ${options.status}, '{}') RETURNING id`;
  const teams = await sql<{ id: string }[]>`
    INSERT INTO teams (name, short_name)
    SELECT ${options.name} || ' CLB ' || t, 'T' || t FROM generate_series(1, ${options.teams}) t
    RETURNING id`;
  const teamIds = teams.map((team) => team.id);
  await sql`INSERT INTO season_teams (season_id, team_id) SELECT ${season!.id}, unnest(${teamIds}::uuid[])`;
  return { seasonId: season!.id, teamIds };
}

/**
 * Registers players k in [from, to) of a season: 40-60 matches each (about 50 logs), a deterministic share of
 * wins, a rating and the rank it implies. Logs are loaded in batches with replica mode (the only triggers it
 * skips are foreign-key checks, which hold by construction) so 5 000 000 rows take minutes, not tens of them.
 */
export async function addPlayers(
  sql: postgres.Sql,
  seasonId: string,
  teamIds: string[],
  from: number,
  to: number,
  options: { logs: boolean; batch?: number },
): Promise<void> {
  const batch = options.batch ?? 10_000;
  for (let start = from; start < to; start += batch) {
    const end = Math.min(to, start + batch);
    await sql.begin(async (tx) => {
      await tx`SET LOCAL synchronous_commit = off`;
      await tx`SET LOCAL session_replication_role = replica`;
      await tx.unsafe(
        `
        INSERT INTO players (id, full_name, birth_year, gender)
        SELECT md5('player-' || $1::text || '-' || k)::uuid, ${NAME}, 1960 + abs(hashint4(k)) % 46,
               CASE WHEN k % 4 = 0 THEN 'FEMALE' ELSE 'MALE' END
        FROM generate_series($2::int, $3::int - 1) k`,
        [seasonId, start, end],
      );
      await tx.unsafe(
        `
        WITH shape AS (
          SELECT k, 40 + abs(hashint4(k * 3)) % 21 AS played, 800 + abs(hashint4(k * 5)) % 1500 AS rating
          FROM generate_series($2::int, $3::int - 1) k
        ), counted AS (
          SELECT k, played, rating, abs(hashint4(k * 11)) % (played + 1) AS won FROM shape
        )
        INSERT INTO player_seasons (id, season_id, player_id, team_id, rank_id, accumulated_points, rating,
                                    wins, losses, matches_played, display_order)
        SELECT md5('ps-' || $1::text || '-' || k)::uuid, $1::text::uuid, md5('player-' || $1::text || '-' || k)::uuid,
               ($4::uuid[])[1 + k % cardinality($4::uuid[])],
               CASE WHEN rating < 1100 THEN 'C1' WHEN rating < 1400 THEN 'B3' WHEN rating < 1700 THEN 'B2'
                    WHEN rating < 2000 THEN 'B1' ELSE 'A3' END,
               CASE WHEN $5 THEN 100 * won + 50 * (played - won) ELSE 0 END, rating,
               CASE WHEN $5 THEN won ELSE 0 END, CASE WHEN $5 THEN played - won ELSE 0 END,
               CASE WHEN $5 THEN played ELSE 0 END, k
        FROM counted`,
        [seasonId, start, end, teamIds, options.logs],
      );
      if (!options.logs) return;
      await tx.unsafe(
        `
        WITH counted AS (
          SELECT k, 40 + abs(hashint4(k * 3)) % 21 AS played FROM generate_series($2::int, $3::int - 1) k
        ), wins AS (SELECT k, played, abs(hashint4(k * 11)) % (played + 1) AS won FROM counted)
        INSERT INTO player_point_logs (player_season_id, delta_points, balance_after, reason, source)
        SELECT md5('ps-' || $1::text || '-' || k)::uuid, CASE WHEN j <= won THEN 100 ELSE 50 END,
               100 * least(j, won) + 50 * greatest(0, j - won), 'Match result', 'MATCH'
        FROM wins, generate_series(1, played) j
        ORDER BY k, j`,
        [seasonId, start, end],
      );
    });
  }
  await sql`ANALYZE players`;
  await sql`ANALYZE player_seasons`;
  if (options.logs) await sql`VACUUM (ANALYZE) player_point_logs`;
  // Index-only scans of the leaderboard index need an up-to-date visibility map, as autovacuum keeps it.
  await sql`VACUUM player_seasons`;
}
