-- The statements of POST /matches/{id}/result (modules/results/service.ts `record`), in the same order, as
-- pgbench runs them: lockMatch (with the round's share lock), lockPlayerSeasons, applyPointChanges, writeResult,
-- refreshFixtureScore, recordAudit. Matches are picked at random from bench_matches (n = 1..:count); a
-- match recorded before is simply recorded again (recorded_at is not guarded here), which is the same
-- work and keeps the point invariant: every change still writes its log in the same statement.
-- Elo deltas and snapshots, computed in JavaScript by the app, are constants here.
\set n random(1, :count)
BEGIN;
SELECT m.id AS match_id, m.fixture_id, m.match_type, m.home_player1_id AS home_player, m.home_player2_id,
       m.guest_player1_id AS guest_player, m.guest_player2_id, m.recorded_at, m.winner_team_id, m.point_before,
       m.point_after, m.rating_before, m.rating_after, f.season_id, f.round, f.home_team_id, f.guest_team_id,
       f.status AS fixture_status, s.status AS season_status, r.status AS round_status, s.rules,
       b.home_ps, b.guest_ps
FROM bench_matches b
JOIN matches m ON m.id = b.id
JOIN fixtures f ON f.id = m.fixture_id
JOIN seasons s ON s.id = f.season_id
JOIN rounds r ON r.season_id = f.season_id AND r.round = f.round
WHERE b.n = :n
FOR UPDATE OF m, f FOR SHARE OF r \gset
SELECT id, player_id, accumulated_points, rating, rank_id
FROM player_seasons
WHERE season_id = :season_id AND player_id IN (:home_player::uuid, :guest_player::uuid)
ORDER BY id
FOR UPDATE;
WITH change(id, delta, rating_delta, won, lost) AS (
  VALUES (:home_ps::uuid, 100::numeric, 12.5::numeric, 1::int, 0::int),
         (:guest_ps::uuid, 50::numeric, -12.5::numeric, 0::int, 1::int)
),
updated AS (
  UPDATE player_seasons ps SET
    accumulated_points = ps.accumulated_points + change.delta,
    rating = ps.rating + change.rating_delta,
    wins = ps.wins + change.won,
    losses = ps.losses + change.lost,
    matches_played = ps.matches_played + change.won + change.lost,
    updated_at = now()
  FROM change
  WHERE ps.id = change.id
  RETURNING ps.id, ps.accumulated_points, ps.rating, change.delta
),
logged AS (
  INSERT INTO player_point_logs (player_season_id, delta_points, balance_after, reason, source, ref_id, actor_id)
  SELECT id, delta, accumulated_points, 'Match result: 11-9-12-11 vs 7-11-10-5', 'MATCH', :match_id::uuid, :actor::uuid
  FROM updated
  RETURNING id
)
SELECT id, accumulated_points, rating FROM updated;
UPDATE matches SET
  home_sets = ARRAY[11::int, 9::int, 12::int, 11::int]::int[],
  guest_sets = ARRAY[7::int, 11::int, 10::int, 5::int]::int[],
  winner_team_id = :home_team_id::uuid,
  recorded_at = now(),
  recorded_by = :actor::uuid,
  rank_snapshot = jsonb_build_object(:home_player::text, 'B2'::text, :guest_player::text, 'B2'::text),
  point_before = jsonb_build_object(:home_player::text, 0, :guest_player::text, 0),
  point_after = jsonb_build_object(:home_player::text, 100, :guest_player::text, 50),
  rating_before = jsonb_build_object(:home_player::text, 1500, :guest_player::text, 1500),
  rating_after = jsonb_build_object(:home_player::text, 1512.5, :guest_player::text, 1487.5),
  updated_at = now()
WHERE id = :match_id::uuid;
WITH tally AS (
  SELECT count(*) AS total,
         count(m.recorded_at) AS recorded,
         count(*) FILTER (WHERE m.winner_team_id = f.home_team_id) AS home_won,
         count(*) FILTER (WHERE m.winner_team_id = f.guest_team_id) AS guest_won
  FROM fixtures f LEFT JOIN matches m ON m.fixture_id = f.id
  WHERE f.id = :fixture_id::uuid
)
UPDATE fixtures f SET
  home_score = tally.home_won,
  guest_score = tally.guest_won,
  status = CASE
    WHEN f.status IN ('POSTPONED', 'WALKOVER') AND tally.recorded = 0 THEN f.status
    WHEN tally.recorded = 0 THEN 'SCHEDULED'
    WHEN tally.recorded = tally.total THEN 'COMPLETED'
    ELSE 'ONGOING' END,
  updated_at = now()
FROM tally
WHERE f.id = :fixture_id::uuid
RETURNING f.status;
INSERT INTO "audit_events" ("id", "seq", "actor_id", "action", "entity", "entity_id", "before", "after", "request_id", "created_at")
VALUES (default, default, :actor::uuid, 'result.record', 'match', :match_id, NULL,
        jsonb_build_object('home_sets', ARRAY[11, 9, 12, 11], 'guest_sets', ARRAY[7, 11, 10, 5], 'winner_team_id', :home_team_id::text),
        'pgbench', default);
COMMIT;
