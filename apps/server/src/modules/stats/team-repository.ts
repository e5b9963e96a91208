import { DEFAULT_SEASON_RULES } from '@pingpong/domain';
import { type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';

/** The team's finished fixtures (COMPLETED or WALKOVER, as in the standings), from the team's side. */
const teamFixturesSql = (teamId: string, seasonId?: string): SQL => sql`
  SELECT f.id, f.season_id, f.round, f.status, f.scheduled_at, s.year, s.created_at AS season_created_at,
         (f.home_team_id = ${teamId}::uuid) AS at_home,
         CASE WHEN f.home_team_id = ${teamId}::uuid THEN f.home_score ELSE f.guest_score END AS own,
         CASE WHEN f.home_team_id = ${teamId}::uuid THEN f.guest_score ELSE f.home_score END AS other,
         s.rules
  FROM fixtures f
  JOIN seasons s ON s.id = f.season_id
  WHERE (f.home_team_id = ${teamId}::uuid OR f.guest_team_id = ${teamId}::uuid)
    AND f.status IN ('COMPLETED', 'WALKOVER')
    ${seasonId ? sql`AND f.season_id = ${seasonId}::uuid` : sql``}`;

export type TeamTotals = {
  played: number;
  won: number;
  drawn: number;
  lost: number;
  walkovers_won: number;
  walkovers_lost: number;
  league_points: number;
  home_played: number;
  home_won: number;
  home_drawn: number;
  home_lost: number;
  matches_won: number;
  matches_lost: number;
  sets_won: number;
  sets_lost: number;
  balls_won: number;
  balls_lost: number;
  form: Array<'W' | 'D' | 'L'>;
};

/**
 * Fixture record, league points (each season's own fixture points), home split, match/set/ball totals
 * and the last five results, in one statement.
 */
export async function teamTotals(db: Executor, teamId: string, seasonId?: string): Promise<TeamTotals> {
  const {
    fixture_win_points: win,
    fixture_draw_points: draw,
    fixture_loss_points: loss,
  } = DEFAULT_SEASON_RULES;
  const [row] = await db.execute<TeamTotals>(sql`
    WITH tf AS (${teamFixturesSql(teamId, seasonId)}),
    games AS (
      SELECT coalesce(sum(g.own_games), 0)::int AS sets_won, coalesce(sum(g.other_games), 0)::int AS sets_lost,
             coalesce(sum(g.own_balls), 0)::int AS balls_won, coalesce(sum(g.other_balls), 0)::int AS balls_lost
      FROM tf
      JOIN matches m ON m.fixture_id = tf.id AND m.recorded_at IS NOT NULL
      CROSS JOIN LATERAL (
        SELECT count(*) FILTER (WHERE gf > ga) AS own_games, count(*) FILTER (WHERE ga > gf) AS other_games,
               sum(gf) AS own_balls, sum(ga) AS other_balls
        FROM unnest(CASE WHEN tf.at_home THEN m.home_sets ELSE m.guest_sets END,
                    CASE WHEN tf.at_home THEN m.guest_sets ELSE m.home_sets END) AS game(gf, ga)
      ) g
    ),
    form AS (
      SELECT coalesce(array_agg(result ORDER BY n), '{}') AS form FROM (
        SELECT CASE WHEN own > other THEN 'W' WHEN own < other THEN 'L' ELSE 'D' END AS result,
               row_number() OVER (ORDER BY year DESC, season_created_at DESC, round DESC,
                                  scheduled_at DESC NULLS LAST, id) AS n
        FROM tf
      ) recent WHERE n <= 5
    )
    SELECT count(*)::int AS played,
           count(*) FILTER (WHERE own > other)::int AS won,
           count(*) FILTER (WHERE own = other)::int AS drawn,
           count(*) FILTER (WHERE own < other)::int AS lost,
           count(*) FILTER (WHERE status = 'WALKOVER' AND own > other)::int AS walkovers_won,
           count(*) FILTER (WHERE status = 'WALKOVER' AND own < other)::int AS walkovers_lost,
           coalesce(sum(CASE WHEN own > other THEN coalesce((rules ->> 'fixture_win_points')::int, ${win})
                             WHEN own = other THEN coalesce((rules ->> 'fixture_draw_points')::int, ${draw})
                             ELSE coalesce((rules ->> 'fixture_loss_points')::int, ${loss}) END), 0)::int
             AS league_points,
           count(*) FILTER (WHERE at_home)::int AS home_played,
           count(*) FILTER (WHERE at_home AND own > other)::int AS home_won,
           count(*) FILTER (WHERE at_home AND own = other)::int AS home_drawn,
           count(*) FILTER (WHERE at_home AND own < other)::int AS home_lost,
           coalesce(sum(own), 0)::int AS matches_won, coalesce(sum(other), 0)::int AS matches_lost,
           (SELECT sets_won FROM games) AS sets_won, (SELECT sets_lost FROM games) AS sets_lost,
           (SELECT balls_won FROM games) AS balls_won, (SELECT balls_lost FROM games) AS balls_lost,
           (SELECT form FROM form) AS form
    FROM tf`);
  return row!;
}

/** Individual records of everyone who played for the team (in any recorded match), best first. */
export async function teamPlayerRecords(db: Executor, teamId: string, seasonId?: string) {
  const rows = await db.execute<{ player_id: string; player_name: string; played: number; won: number }>(sql`
    SELECT p.id AS player_id, p.full_name AS player_name, count(*)::int AS played,
           count(*) FILTER (WHERE x.won)::int AS won
    FROM (
      SELECT side.player_id, (m.winner_team_id = ${teamId}::uuid) AS won
      FROM fixtures f
      JOIN matches m ON m.fixture_id = f.id AND m.recorded_at IS NOT NULL
      CROSS JOIN LATERAL unnest(
        CASE WHEN f.home_team_id = ${teamId}::uuid THEN ARRAY[m.home_player1_id, m.home_player2_id]
             ELSE ARRAY[m.guest_player1_id, m.guest_player2_id] END
      ) AS side(player_id)
      WHERE (f.home_team_id = ${teamId}::uuid OR f.guest_team_id = ${teamId}::uuid)
        ${seasonId ? sql`AND f.season_id = ${seasonId}::uuid` : sql``}
    ) x
    JOIN players p ON p.id = x.player_id
    GROUP BY p.id, p.full_name
    ORDER BY won DESC, played, p.full_name`);
  return [...rows];
}
