import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';

export interface LeaderboardFilter {
  teamId?: string;
  rankId?: string;
}

export type LeaderboardRow = {
  position: number;
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
 * One page of the season table, walked along idx_player_seasons_leaderboard (points desc, wins desc,
 * matches asc; the name breaks the rest of a tie). Positions follow RANK semantics over the whole
 * season: 1 + the number of ACTIVE players with more points, or equal points and more wins. One count
 * per row would cost O(position) each; instead rows tied with the page's first row share its counted
 * position, and every other row's position is the offset plus its rank inside the page. A filtered
 * page (team, rank) still shows league positions, so it counts per row (such pages are short).
 */
export async function leaderboardPage(
  db: Executor,
  seasonId: string,
  filter: LeaderboardFilter,
  limit: number,
  offset: number,
): Promise<LeaderboardRow[]> {
  const filtered = Boolean(filter.teamId || filter.rankId);
  const better = (alias: string) =>
    sql.raw(`
    1 + (SELECT count(*) FROM player_seasons x
         WHERE x.season_id = ${alias}.season_id AND x.status = 'ACTIVE'
           AND (x.accumulated_points > ${alias}.accumulated_points
             OR (x.accumulated_points = ${alias}.accumulated_points AND x.wins > ${alias}.wins)))`);
  const rows = await db.execute<LeaderboardRow>(sql`
    WITH page AS (
      SELECT ps.id, ps.season_id, ps.player_id, ps.team_id, ps.rank_id, ps.accumulated_points, ps.rating,
             ps.matches_played, ps.wins, ps.losses, ps.status, ps.display_order, p.full_name, p.avatar_url
      FROM player_seasons ps
      JOIN players p ON p.id = ps.player_id
      WHERE ps.season_id = ${seasonId} AND ps.status = 'ACTIVE'
        ${filter.teamId ? sql`AND ps.team_id = ${filter.teamId}` : sql``}
        ${filter.rankId ? sql`AND ps.rank_id = ${filter.rankId}` : sql``}
      ORDER BY ps.accumulated_points DESC NULLS LAST, ps.wins DESC NULLS LAST, ps.matches_played, p.full_name, ps.id
      LIMIT ${limit} OFFSET ${offset}
    ),
    ranked AS (
      SELECT page.*,
             rank() OVER (ORDER BY accumulated_points DESC, wins DESC) AS page_rank,
             first_value(accumulated_points) OVER w AS first_points,
             first_value(wins) OVER w AS first_wins,
             row_number() OVER w AS n
      FROM page
      WINDOW w AS (ORDER BY accumulated_points DESC, wins DESC, matches_played, full_name, id)
    ),
    lead AS (SELECT ${better('ranked')} AS position FROM ranked WHERE n = 1)
    SELECT
      ${
        filtered
          ? better('r')
          : sql`CASE WHEN r.accumulated_points = r.first_points AND r.wins = r.first_wins
                   THEN (SELECT position FROM lead)
                   ELSE ${offset}::int + r.page_rank END`
      }::int AS position,
      r.id AS player_season_id, r.player_id, r.full_name AS player_name, r.avatar_url,
      r.team_id, t.name AS team_name, r.rank_id, k.description AS rank_name,
      r.accumulated_points::float8 AS accumulated_points, r.rating::float8 AS rating,
      r.matches_played, r.wins, r.losses, r.status, r.display_order
    FROM ranked r
    JOIN teams t ON t.id = r.team_id
    JOIN ranks k ON k.id = r.rank_id
    ORDER BY r.n`);
  return rows as unknown as LeaderboardRow[];
}

export async function leaderboardTotal(
  db: Executor,
  seasonId: string,
  filter: LeaderboardFilter,
): Promise<number> {
  const [row] = await db.execute<{ total: number }>(sql`
    SELECT count(*)::int AS total FROM player_seasons ps
    WHERE ps.season_id = ${seasonId} AND ps.status = 'ACTIVE'
      ${filter.teamId ? sql`AND ps.team_id = ${filter.teamId}` : sql``}
      ${filter.rankId ? sql`AND ps.rank_id = ${filter.rankId}` : sql``}`);
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
      SELECT count(*) FILTER (WHERE h > a)::int AS home_games, count(*) FILTER (WHERE a > h)::int AS guest_games,
             coalesce(sum(h), 0)::int AS home_balls, coalesce(sum(a), 0)::int AS guest_balls
      FROM unnest(m.home_sets, m.guest_sets) AS s(h, a)
    ) g ON true
    WHERE f.season_id = ${seasonId} AND f.status IN ('COMPLETED', 'WALKOVER')
    GROUP BY f.id`);
  return rows as unknown as StandingsSource[];
}

export async function seasonTeamNames(db: Executor, seasonId: string) {
  const rows = await db.execute<{ team_id: string; team_name: string }>(sql`
    SELECT st.team_id, t.name AS team_name FROM season_teams st JOIN teams t ON t.id = st.team_id
    WHERE st.season_id = ${seasonId}`);
  return rows as unknown as Array<{ team_id: string; team_name: string }>;
}
