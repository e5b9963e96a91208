import { type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { nameContains } from '../players/repository.js';
import type { LeaderboardCursor } from './cursor.js';
import { afterKey, leaderboardOrder } from './order.js';

export interface LeaderboardFilter {
  teamId?: string;
  rankId?: string;
  divisionId?: string;
  /** Part of a player's name, case and diacritics ignored. */
  q?: string;
}

/** SPEC §6: a division's players are those of the teams entered in it. */
const inDivision = (seasonId: string, divisionId: string, column: ReturnType<typeof sql.raw>) =>
  sql`AND ${column} IN (SELECT team_id FROM season_teams WHERE season_id = ${seasonId} AND division_id = ${divisionId})`;

export type LeaderboardRow = {
  position: number;
  division_id: string | null;
  player_season_id: string;
  player_id: string;
  player_name: string;
  avatar_url: string | null;
  team_id: string;
  team_name: string;
  rank_id: string;
  rank_name: string | null;
  accumulated_points: number;
  rating: number;
  matches_played: number;
  wins: number;
  losses: number;
  status: string;
  display_order: number;
};

/**
 * One page of the season table in leaderboardOrder (order.ts, behind idx_player_seasons_leaderboard).
 * Positions follow RANK semantics over the whole season on (points, wins). Row-for-row this is what
 * ORDER BY … OFFSET gives, but cheaper:
 *
 * - Keyset (`after`, the unfiltered case): the page is the index range after the cursor's key, the same
 *   work as the first page at any depth. Positions continue from the cursor's (see cursor.ts).
 * - Offset, unfiltered: `boundary` walks the index alone (an index-only scan, no join) to the page's first
 *   row; `ahead` counts, on the index again, the rows strictly ahead of its key (and those with more points
 *   or wins: its league position). The page then joins players only from that key on, skipping the
 *   boundary's tie-mates that belong to earlier pages. Still linear in the offset, over the index only:
 *   ~13 ms for a middle page at 100 000 player_seasons, where a plain OFFSET sorted every earlier row by
 *   name (~270 ms). Rows tied with the first row share its position; any other row's position is the
 *   offset plus its rank inside the page.
 * - Filtered (team, rank; offset or after): pages are short but positions stay league positions. One
 *   index-only pass over the league rows at or above the page's lowest points counts players per
 *   (points, wins), and a running sum turns those counts into positions.
 */
export async function leaderboardPage(
  db: Executor,
  seasonId: string,
  filter: LeaderboardFilter,
  limit: number,
  from: number | LeaderboardCursor,
): Promise<LeaderboardRow[]> {
  const filtered = Boolean(filter.teamId || filter.rankId || filter.divisionId || filter.q);
  const cursor = typeof from === 'number' ? null : from;
  const offset = typeof from === 'number' ? from : from.offset;
  const columns = sql`ps.id, ps.season_id, ps.player_id, ps.team_id, ps.rank_id, ps.accumulated_points, ps.rating,
             ps.matches_played, ps.wins, ps.losses, ps.status, ps.display_order, p.full_name, p.avatar_url`;
  const season = sql`ps.season_id = ${seasonId} AND ps.status = 'ACTIVE'`;
  const order = sql`ORDER BY ${leaderboardOrder()}`;
  const filters = sql`${filter.teamId ? sql`AND ps.team_id = ${filter.teamId}` : sql``}
        ${filter.rankId ? sql`AND ps.rank_id = ${filter.rankId}` : sql``}
        ${filter.divisionId ? inDivision(seasonId, filter.divisionId, sql.raw('ps.team_id')) : sql``}
        ${filter.q ? sql`AND ${nameContains(filter.q, sql.raw('p.full_name'))}` : sql``}`;
  let page: SQL;
  let position: SQL;
  if (filtered) {
    page = sql`
    page AS (
      SELECT ${columns}
      FROM player_seasons ps
      JOIN players p ON p.id = ps.player_id
      WHERE ${season} ${filters} ${cursor ? sql`AND ${afterKey(cursor.key)}` : sql``}
      ${order}
      LIMIT ${limit} ${cursor ? sql`` : sql`OFFSET ${offset}`}
    ),
    league AS MATERIALIZED (
      SELECT accumulated_points, wins,
             1 + coalesce(sum(count(*)) OVER (ORDER BY accumulated_points DESC, wins DESC
                                              ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS position
      FROM player_seasons
      WHERE season_id = ${seasonId} AND status = 'ACTIVE'
        AND accumulated_points >= (SELECT min(accumulated_points) FROM page)
      GROUP BY accumulated_points, wins
    )`;
    position = sql`(SELECT l.position FROM league l WHERE l.accumulated_points = r.accumulated_points AND l.wins = r.wins)`;
  } else if (cursor) {
    page = sql`
    page AS (
      SELECT ${columns}
      FROM player_seasons ps
      JOIN players p ON p.id = ps.player_id
      WHERE ${season} AND ${afterKey(cursor.key)}
      ${order}
      LIMIT ${limit}
    )`;
    position = sql`CASE WHEN r.accumulated_points = ${cursor.key.points}::numeric AND r.wins = ${cursor.key.wins}::int
                   THEN ${cursor.position}::int
                   ELSE ${offset}::int + r.page_rank END`;
  } else {
    page = sql`
    boundary AS MATERIALIZED (
      SELECT accumulated_points, wins, matches_played
      FROM player_seasons
      WHERE season_id = ${seasonId} AND status = 'ACTIVE'
      ORDER BY accumulated_points DESC NULLS LAST, wins DESC NULLS LAST, matches_played
      OFFSET ${offset} LIMIT 1
    ),
    ahead AS MATERIALIZED (
      SELECT count(*) AS rows,
             count(*) FILTER (WHERE accumulated_points > (SELECT accumulated_points FROM boundary)
                                 OR wins > (SELECT wins FROM boundary)) AS better
      FROM player_seasons
      WHERE season_id = ${seasonId} AND status = 'ACTIVE'
        AND accumulated_points >= (SELECT accumulated_points FROM boundary)
        AND (accumulated_points > (SELECT accumulated_points FROM boundary)
          OR wins > (SELECT wins FROM boundary)
          OR (wins = (SELECT wins FROM boundary) AND matches_played < (SELECT matches_played FROM boundary)))
    ),
    page AS (
      SELECT ${columns}
      FROM player_seasons ps
      JOIN players p ON p.id = ps.player_id
      WHERE ${season}
        AND ps.accumulated_points <= (SELECT accumulated_points FROM boundary)
        AND (ps.accumulated_points < (SELECT accumulated_points FROM boundary)
          OR ps.wins < (SELECT wins FROM boundary)
          OR (ps.wins = (SELECT wins FROM boundary) AND ps.matches_played >= (SELECT matches_played FROM boundary)))
      ${order}
      LIMIT ${limit} OFFSET ${offset}::int - (SELECT rows FROM ahead)
    )`;
    position = sql`CASE WHEN r.accumulated_points = r.first_points AND r.wins = r.first_wins
                   THEN 1 + (SELECT better FROM ahead)
                   ELSE ${offset}::int + r.page_rank END`;
  }
  const rows = await db.execute<LeaderboardRow>(sql`
    WITH ${page},
    ranked AS (
      SELECT page.*,
             rank() OVER (ORDER BY accumulated_points DESC, wins DESC) AS page_rank,
             first_value(accumulated_points) OVER w AS first_points,
             first_value(wins) OVER w AS first_wins,
             row_number() OVER w AS n
      FROM page
      WINDOW w AS (ORDER BY ${leaderboardOrder('', '')})
    )
    SELECT
      ${position}::int AS position,
      r.id AS player_season_id, r.player_id, r.full_name AS player_name, r.avatar_url,
      r.team_id, t.name AS team_name, r.rank_id, k.description AS rank_name,
      r.accumulated_points::float8 AS accumulated_points, r.rating::float8 AS rating,
      r.matches_played, r.wins, r.losses, r.status, r.display_order, st.division_id
    FROM ranked r
    JOIN teams t ON t.id = r.team_id
    LEFT JOIN season_teams st ON st.season_id = ${seasonId} AND st.team_id = r.team_id
    JOIN ranks k ON k.id = r.rank_id
    ORDER BY r.n`);
  return rows as unknown as LeaderboardRow[];
}

/** From the trigger-kept roster counts (migration 0004): a sum over at most teams × ranks rows. */
export async function leaderboardTotal(
  db: Executor,
  seasonId: string,
  filter: LeaderboardFilter,
): Promise<number> {
  if (filter.q) return searchTotal(db, seasonId, { ...filter, q: filter.q });
  const [row] = await db.execute<{ total: number }>(sql`
    SELECT coalesce(sum(active_players), 0)::int AS total FROM season_roster_counts
    WHERE season_id = ${seasonId}
      ${filter.teamId ? sql`AND team_id = ${filter.teamId}` : sql``}
      ${filter.rankId ? sql`AND rank_id = ${filter.rankId}` : sql``}
      ${filter.divisionId ? inDivision(seasonId, filter.divisionId, sql.raw('team_id')) : sql``}`);
  return row?.total ?? 0;
}

/** A name search has no kept count: count the season's matching players (few, by the trigram index). */
async function searchTotal(db: Executor, seasonId: string, filter: LeaderboardFilter & { q: string }) {
  const [row] = await db.execute<{ total: number }>(sql`
    SELECT count(*)::int AS total
    FROM player_seasons ps JOIN players p ON p.id = ps.player_id
    WHERE ps.season_id = ${seasonId} AND ps.status = 'ACTIVE' AND ${nameContains(filter.q, sql.raw('p.full_name'))}
      ${filter.teamId ? sql`AND ps.team_id = ${filter.teamId}` : sql``}
      ${filter.rankId ? sql`AND ps.rank_id = ${filter.rankId}` : sql``}
      ${filter.divisionId ? inDivision(seasonId, filter.divisionId, sql.raw('ps.team_id')) : sql``}`);
  return row?.total ?? 0;
}

export type StandingsSource = {
  id: string;
  home_team_id: string;
  guest_team_id: string;
  status: string;
  home_score: number;
  guest_score: number;
  walkover_winner_team_id: string | null;
  match_count: number;
  matches: Array<{ home_games: number; guest_games: number; home_balls: number; guest_balls: number }>;
};

/**
 * Every finished fixture of the season with the totals of its recorded matches, one row each from the
 * trigger-kept fixture_match_tallies (migration 0007): the standings only ever sum a fixture's matches, so
 * `matches` holds that sum as a single entry. A cache miss reads one small row per fixture instead of
 * unnesting every set of the season (~50 ms at 3 900 recorded matches, growing with the season).
 */
export async function standingsSource(db: Executor, seasonId: string): Promise<StandingsSource[]> {
  const rows = await db.execute<Omit<StandingsSource, 'matches'> & StandingsSource['matches'][number]>(sql`
    SELECT f.id, f.home_team_id, f.guest_team_id, f.status, f.home_score, f.guest_score, f.walkover_winner_team_id,
           coalesce(t.match_count, 0) AS match_count,
           coalesce(t.home_games, 0) AS home_games, coalesce(t.guest_games, 0) AS guest_games,
           coalesce(t.home_balls, 0) AS home_balls, coalesce(t.guest_balls, 0) AS guest_balls
    FROM fixtures f
    LEFT JOIN fixture_match_tallies t ON t.fixture_id = f.id
    WHERE f.season_id = ${seasonId} AND f.status IN ('COMPLETED', 'WALKOVER')`);
  return rows.map(({ home_games, guest_games, home_balls, guest_balls, ...fixture }) => ({
    ...fixture,
    matches: [{ home_games, guest_games, home_balls, guest_balls }],
  }));
}

export type SeasonTeamName = {
  team_id: string;
  team_name: string;
  division_id: string | null;
  level: number | null;
  withdrawn: boolean;
};

export async function seasonTeamNames(db: Executor, seasonId: string) {
  const rows = await db.execute<SeasonTeamName>(sql`
    SELECT st.team_id, t.name AS team_name, st.division_id, d.level, st.withdrawn_at IS NOT NULL AS withdrawn
    FROM season_teams st JOIN teams t ON t.id = st.team_id LEFT JOIN divisions d ON d.id = st.division_id
    WHERE st.season_id = ${seasonId}`);
  return rows as unknown as SeasonTeamName[];
}
