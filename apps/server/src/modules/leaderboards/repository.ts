import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';

export interface LeaderboardFilter {
  teamId?: string;
  rankId?: string;
  divisionId?: string;
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
 * One page of the season table in index order (idx_player_seasons_leaderboard: points desc, wins desc,
 * matches asc; the name, then the id, break the rest of a tie). Positions follow RANK semantics over the
 * whole season on (points, wins). Row-for-row this is what ORDER BY … OFFSET gives, but cheaper:
 *
 * - Unfiltered (the common case): `boundary` walks the index alone (an index-only scan, no join) to the
 *   page's first row; `ahead` counts, on the index again, the rows strictly ahead of its key (and those with
 *   more points or wins: its league position). The page then joins players only from that key on, skipping
 *   the boundary's tie-mates that belong to earlier pages. A plain OFFSET joined and sorted every earlier row
 *   by name: at 100 000 player_seasons a middle page took ~270 ms (sort spilled to disk), now ~14 ms; the
 *   first page ~2 ms (bench/README.md). Rows tied with the first row share its position; any other row's position is
 *   the offset plus its rank inside the page.
 * - Filtered (team, rank): pages are short but positions stay league positions. One index-only pass over
 *   the league rows at or above the page's lowest points counts players per (points, wins), and a running
 *   sum turns those counts into positions (instead of one count per row: ~100 ms -> ~4 ms at 100 000).
 */
export async function leaderboardPage(
  db: Executor,
  seasonId: string,
  filter: LeaderboardFilter,
  limit: number,
  offset: number,
): Promise<LeaderboardRow[]> {
  const filtered = Boolean(filter.teamId || filter.rankId || filter.divisionId);
  const columns = sql`ps.id, ps.season_id, ps.player_id, ps.team_id, ps.rank_id, ps.accumulated_points, ps.rating,
             ps.matches_played, ps.wins, ps.losses, ps.status, ps.display_order, p.full_name, p.avatar_url`;
  const order = sql`ORDER BY ps.accumulated_points DESC NULLS LAST, ps.wins DESC NULLS LAST, ps.matches_played, p.full_name, ps.id`;
  const page = filtered
    ? sql`
    page AS (
      SELECT ${columns}
      FROM player_seasons ps
      JOIN players p ON p.id = ps.player_id
      WHERE ps.season_id = ${seasonId} AND ps.status = 'ACTIVE'
        ${filter.teamId ? sql`AND ps.team_id = ${filter.teamId}` : sql``}
        ${filter.rankId ? sql`AND ps.rank_id = ${filter.rankId}` : sql``}
        ${filter.divisionId ? inDivision(seasonId, filter.divisionId, sql.raw('ps.team_id')) : sql``}
      ${order}
      LIMIT ${limit} OFFSET ${offset}
    ),
    league AS MATERIALIZED (
      SELECT accumulated_points, wins,
             1 + coalesce(sum(count(*)) OVER (ORDER BY accumulated_points DESC, wins DESC
                                              ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS position
      FROM player_seasons
      WHERE season_id = ${seasonId} AND status = 'ACTIVE'
        AND accumulated_points >= (SELECT min(accumulated_points) FROM page)
      GROUP BY accumulated_points, wins
    )`
    : sql`
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
      WHERE ps.season_id = ${seasonId} AND ps.status = 'ACTIVE'
        AND ps.accumulated_points <= (SELECT accumulated_points FROM boundary)
        AND (ps.accumulated_points < (SELECT accumulated_points FROM boundary)
          OR ps.wins < (SELECT wins FROM boundary)
          OR (ps.wins = (SELECT wins FROM boundary) AND ps.matches_played >= (SELECT matches_played FROM boundary)))
      ${order}
      LIMIT ${limit} OFFSET ${offset}::int - (SELECT rows FROM ahead)
    )`;
  const rows = await db.execute<LeaderboardRow>(sql`
    WITH ${page},
    ranked AS (
      SELECT page.*,
             rank() OVER (ORDER BY accumulated_points DESC, wins DESC) AS page_rank,
             first_value(accumulated_points) OVER w AS first_points,
             first_value(wins) OVER w AS first_wins,
             row_number() OVER w AS n
      FROM page
      WINDOW w AS (ORDER BY accumulated_points DESC, wins DESC, matches_played, full_name, id)
    )
    SELECT
      ${
        filtered
          ? sql`(SELECT l.position FROM league l WHERE l.accumulated_points = r.accumulated_points AND l.wins = r.wins)`
          : sql`CASE WHEN r.accumulated_points = r.first_points AND r.wins = r.first_wins
                   THEN 1 + (SELECT better FROM ahead)
                   ELSE ${offset}::int + r.page_rank END`
      }::int AS position,
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
  const [row] = await db.execute<{ total: number }>(sql`
    SELECT coalesce(sum(active_players), 0)::int AS total FROM season_roster_counts
    WHERE season_id = ${seasonId}
      ${filter.teamId ? sql`AND team_id = ${filter.teamId}` : sql``}
      ${filter.rankId ? sql`AND rank_id = ${filter.rankId}` : sql``}
      ${filter.divisionId ? inDivision(seasonId, filter.divisionId, sql.raw('team_id')) : sql``}`);
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

/** Every finished fixture of the season with per-match game and ball totals, aggregated in one query. */
export async function standingsSource(db: Executor, seasonId: string): Promise<StandingsSource[]> {
  const rows = await db.execute<StandingsSource>(sql`
    SELECT f.id, f.home_team_id, f.guest_team_id, f.status, f.home_score, f.guest_score, f.walkover_winner_team_id,
           count(m.id)::int AS match_count,
           coalesce(json_agg(json_build_object(
             'home_games', g.home_games, 'guest_games', g.guest_games,
             'home_balls', g.home_balls, 'guest_balls', g.guest_balls))
             FILTER (WHERE m.recorded_at IS NOT NULL), '[]') AS matches
    FROM fixtures f
    LEFT JOIN matches m ON m.fixture_id = f.id
    LEFT JOIN LATERAL (
      -- A forfeit (SPEC §6) is won by the games needed to win, stored as that many 0-0 games.
      SELECT CASE m.forfeit_side WHEN 'guest' THEN count(*) WHEN 'home' THEN 0
               ELSE count(*) FILTER (WHERE h > a) END::int AS home_games,
             CASE m.forfeit_side WHEN 'home' THEN count(*) WHEN 'guest' THEN 0
               ELSE count(*) FILTER (WHERE a > h) END::int AS guest_games,
             coalesce(sum(h), 0)::int AS home_balls, coalesce(sum(a), 0)::int AS guest_balls
      FROM unnest(m.home_sets, m.guest_sets) AS s(h, a)
    ) g ON true
    WHERE f.season_id = ${seasonId} AND f.status IN ('COMPLETED', 'WALKOVER')
    GROUP BY f.id`);
  return rows as unknown as StandingsSource[];
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
