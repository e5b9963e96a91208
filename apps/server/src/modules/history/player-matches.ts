import { type SQL, sql } from 'drizzle-orm';

/**
 * Every recorded match of one player, seen from their side of the table: their team and partner, the
 * opponents, the sets and balls for and against, and whether they won. History and statistics select
 * from it as a CTE named by the caller. The four player columns each have an index, so the filter is a
 * bitmap OR over them rather than a scan of all matches.
 */
export function playerMatchesSql(playerId: string, seasonId?: string): SQL {
  return sql`
    SELECT m.id AS match_id, m.fixture_id, f.season_id, f.round, m.match_order, m.match_type, m.recorded_at,
           v.team_id, v.opponent_team_id, v.partner_id, v.opponent1_id, v.opponent2_id, v.sets_for,
           v.sets_against, g.games_for, g.games_against, g.balls_for, g.balls_against,
           (m.winner_team_id = v.team_id) AS won,
           m.rank_snapshot ->> ${playerId}::text AS rank_id,
           ((m.point_after ->> ${playerId}::text)::numeric
             - (m.point_before ->> ${playerId}::text)::numeric)::float8 AS points_earned,
           ((m.rating_after ->> ${playerId}::text)::numeric
             - (m.rating_before ->> ${playerId}::text)::numeric)::float8 AS rating_change,
           m.rank_snapshot
    FROM matches m
    JOIN fixtures f ON f.id = m.fixture_id
    CROSS JOIN LATERAL (
      SELECT coalesce(${playerId}::uuid IN (m.home_player1_id, m.home_player2_id), false) AS at_home
    ) s
    CROSS JOIN LATERAL (
      SELECT CASE WHEN s.at_home THEN f.home_team_id ELSE f.guest_team_id END AS team_id,
             CASE WHEN s.at_home THEN f.guest_team_id ELSE f.home_team_id END AS opponent_team_id,
             CASE WHEN s.at_home
                  THEN CASE WHEN m.home_player1_id = ${playerId}::uuid THEN m.home_player2_id ELSE m.home_player1_id END
                  ELSE CASE WHEN m.guest_player1_id = ${playerId}::uuid THEN m.guest_player2_id ELSE m.guest_player1_id END
             END AS partner_id,
             CASE WHEN s.at_home THEN m.guest_player1_id ELSE m.home_player1_id END AS opponent1_id,
             CASE WHEN s.at_home THEN m.guest_player2_id ELSE m.home_player2_id END AS opponent2_id,
             CASE WHEN s.at_home THEN m.home_sets ELSE m.guest_sets END AS sets_for,
             CASE WHEN s.at_home THEN m.guest_sets ELSE m.home_sets END AS sets_against
    ) v
    CROSS JOIN LATERAL (
      SELECT count(*) FILTER (WHERE a > b)::int AS games_for, count(*) FILTER (WHERE b > a)::int AS games_against,
             coalesce(sum(a), 0)::int AS balls_for, coalesce(sum(b), 0)::int AS balls_against
      FROM unnest(v.sets_for, v.sets_against) AS game(a, b)
    ) g
    WHERE ${playerId}::uuid IN (m.home_player1_id, m.home_player2_id, m.guest_player1_id, m.guest_player2_id)
      AND m.recorded_at IS NOT NULL
      ${seasonId ? sql`AND f.season_id = ${seasonId}::uuid` : sql``}`;
}
