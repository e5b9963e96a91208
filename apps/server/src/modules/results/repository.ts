import { type Executor, pgArray, rawSql } from '../../db/client.js';
import type { LockedPlayerSeason } from '../ledger/repository.js';

export type LockedMatch = {
  id: string;
  fixture_id: string;
  match_type: string;
  home_player1_id: string | null;
  home_player2_id: string | null;
  guest_player1_id: string | null;
  guest_player2_id: string | null;
  recorded_at: Date | null;
  winner_team_id: string | null;
  point_before: Record<string, number> | null;
  point_after: Record<string, number> | null;
  rating_before: Record<string, number> | null;
  rating_after: Record<string, number> | null;
  season_id: string;
  round: number;
  home_team_id: string;
  guest_team_id: string;
  forfeit_side: 'home' | 'guest' | null;
  entered_by_team_id: string | null;
  fixture_status: string;
  confirmation: string | null;
  confirm_by: Date | null;
  season_status: string;
  round_status: 'OPEN' | 'LOCKED' | 'FINALIZED';
  rules: unknown;
  /** The match's players' registrations in the season, locked too (in id order). */
  players: LockedPlayerSeason[];
};

/**
 * Locks the match and its fixture, share-locks its round, and locks its players' registrations, in one
 * statement (one round trip). The fixture lock makes results of one fixture take turns, so each recomputes
 * the fixture score from every committed match; the round's share lock makes locking or finalizing the
 * round wait for this result (every fixture's round has a row: creating or moving a fixture opens it).
 * The players are locked after the match (the `registrations` CTE reads `locked`) and in id order, as every
 * writer of player_seasons takes them (ledger/repository.ts), so overlapping results cannot deadlock.
 */
export async function lockMatch(db: Executor, matchId: string): Promise<LockedMatch | undefined> {
  const [row] = await rawSql(db)<LockedMatch[]>`
    WITH locked AS (
      SELECT m.id, m.fixture_id, m.match_type, m.home_player1_id, m.home_player2_id, m.guest_player1_id,
             m.guest_player2_id, m.recorded_at, m.winner_team_id, m.point_before, m.point_after,
             m.rating_before, m.rating_after, m.forfeit_side, m.entered_by_team_id, f.season_id, f.round, f.home_team_id,
             f.guest_team_id, f.status AS fixture_status, f.confirmation, f.confirm_by, s.status AS season_status, r.status AS round_status, s.rules
      FROM matches m
      JOIN fixtures f ON f.id = m.fixture_id
      JOIN seasons s ON s.id = f.season_id
      JOIN rounds r ON r.season_id = f.season_id AND r.round = f.round
      WHERE m.id = ${matchId}
      FOR UPDATE OF m, f FOR SHARE OF r
    ),
    registrations AS (
      SELECT ps.id, ps.player_id, ps.accumulated_points::text AS accumulated_points, ps.rating::text AS rating, ps.rank_id
      FROM locked JOIN player_seasons ps ON ps.season_id = locked.season_id
       AND ps.player_id IN (locked.home_player1_id, locked.home_player2_id, locked.guest_player1_id, locked.guest_player2_id)
      ORDER BY ps.id
      FOR UPDATE OF ps
    )
    SELECT locked.*, coalesce((SELECT json_agg(registrations) FROM registrations), '[]'::json) AS players FROM locked`;
  return row;
}

export async function writeResult(
  db: Executor,
  matchId: string,
  result: {
    home_sets: number[] | null;
    guest_sets: number[] | null;
    winner_team_id: string | null;
    recorded_by: string | null;
    forfeit_side?: 'home' | 'guest' | null;
    entered_by_team_id?: string | null;
    rank_snapshot: unknown;
    point_before: unknown;
    rating_before: unknown;
    /** The registrations whose points and rating after this change are kept (read here, in the database). */
    after_of: string[] | null;
  },
) {
  const recorded = result.winner_team_id !== null;
  const json = (value: unknown) => (value === null ? null : JSON.stringify(value));
  // The "after" snapshots are read from the rows the point update just changed (earlier in this
  // transaction), so this statement need not wait for that update's answer and goes with it.
  const afterOf = pgArray(result.after_of);
  await rawSql(db)`
    UPDATE matches SET
      home_sets = ${pgArray(result.home_sets)}::int[],
      guest_sets = ${pgArray(result.guest_sets)}::int[],
      winner_team_id = ${result.winner_team_id},
      recorded_at = CASE WHEN ${recorded}::boolean THEN now() END,
      recorded_by = ${result.recorded_by},
      forfeit_side = ${result.forfeit_side ?? null},
      entered_by_team_id = ${result.entered_by_team_id ?? null},
      rank_snapshot = ${json(result.rank_snapshot)}::jsonb,
      point_before = ${json(result.point_before)}::jsonb,
      rating_before = ${json(result.rating_before)}::jsonb,
      point_after = CASE WHEN ${afterOf}::uuid[] IS NOT NULL THEN
        (SELECT coalesce(jsonb_object_agg(player_id, trim_scale(accumulated_points)), '{}') FROM player_seasons
          WHERE id = ANY(${afterOf}::uuid[])) END,
      rating_after = CASE WHEN ${afterOf}::uuid[] IS NOT NULL THEN
        (SELECT coalesce(jsonb_object_agg(player_id, trim_scale(rating)), '{}') FROM player_seasons
          WHERE id = ANY(${afterOf}::uuid[])) END,
      updated_at = now()
    WHERE id = ${matchId}`;
}
