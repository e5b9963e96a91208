-- The statements of POST /matches/{id}/result (modules/results/service.ts `record`), in the same order, as
-- pgbench runs them: BEGIN; lockMatch (match and fixture FOR UPDATE, the round FOR SHARE, the players'
-- registrations FOR UPDATE in id order, one statement); then the five the app pipelines: applyPointChanges,
-- writeResult (the after-snapshots read in SQL), refreshFixtureScore, recordAudit, findMatchView; COMMIT.
-- pgbench sends them one by one (it cannot pipeline inside a transaction); the app sends BEGIN with the
-- lock, then the five and COMMIT together (2 round trips: db/transaction.ts `commitWith`).
--
-- Held to the app's statements by apps/server/test/record-result-script.test.ts: each statement here is the
-- app's text, with its parameters ($n) written as pgbench variables (-M prepared sends them as parameters
-- again) or as constants, and a value the app computes in JavaScript (an array, a JSON snapshot, the Elo
-- deltas) built from variables by concatenation or given as a constant. The lock statement has three
-- stand-ins, named in that test: it picks its match from bench_matches (n = 1..:count, at random) instead of
-- taking the id from the URL, and also returns the two registrations' ids, which the app reads from the
-- lock's `players`. A match recorded before is simply recorded again (recorded_at is not guarded here), the
-- same work, and the point invariant holds: every change writes its log in the same statement.
\set n random(1, :count)
BEGIN;
WITH locked AS (
  SELECT m.id, m.fixture_id, m.match_type, m.home_player1_id, m.home_player2_id, m.guest_player1_id,
         m.guest_player2_id, m.recorded_at, m.winner_team_id, m.point_before, m.point_after,
         m.rating_before, m.rating_after, m.forfeit_side, m.entered_by_team_id, f.season_id, f.round, f.home_team_id,
         f.guest_team_id, f.status AS fixture_status, f.confirmation, f.confirm_by, s.status AS season_status, r.status AS round_status, s.rules, b.home_ps, b.guest_ps
  FROM bench_matches b JOIN matches m ON m.id = b.id
  JOIN fixtures f ON f.id = m.fixture_id
  JOIN seasons s ON s.id = f.season_id
  JOIN rounds r ON r.season_id = f.season_id AND r.round = f.round
  WHERE b.n = :n
  FOR UPDATE OF m, f FOR SHARE OF r
),
registrations AS (
  SELECT ps.id, ps.player_id, ps.accumulated_points::text AS accumulated_points, ps.rating::text AS rating, ps.rank_id
  FROM locked JOIN player_seasons ps ON ps.season_id = locked.season_id
   AND ps.player_id IN (locked.home_player1_id, locked.home_player2_id, locked.guest_player1_id, locked.guest_player2_id)
  ORDER BY ps.id
  FOR UPDATE OF ps
)
SELECT locked.*, coalesce((SELECT json_agg(registrations) FROM registrations), '[]'::json) AS players FROM locked \gset
WITH change(id, delta, rating_delta, won, lost) AS (
  SELECT * FROM unnest(('{' || :home_ps || ',' || :guest_ps || '}')::uuid[], '{100,50}'::numeric[],
                       '{12.5,-12.5}'::numeric[], '{1,0}'::int[],
                       '{0,1}'::int[])
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
  SELECT id, delta, accumulated_points, 'Match result: 11-9-12-11 vs 7-11-10-5', 'MATCH', :id, :actor
  FROM updated
  RETURNING id
)
SELECT id, accumulated_points::text, rating::text FROM updated;
UPDATE matches SET
  home_sets = '{11,9,12,11}'::int[],
  guest_sets = '{7,11,10,5}'::int[],
  winner_team_id = :home_team_id,
  recorded_at = CASE WHEN true::boolean THEN now() END,
  recorded_by = :actor,
  forfeit_side = NULL,
  entered_by_team_id = NULL,
  rank_snapshot = ('{"' || :home_player1_id || '":"B2","' || :guest_player1_id || '":"B2"}')::jsonb,
  point_before = ('{"' || :home_player1_id || '":0,"' || :guest_player1_id || '":0}')::jsonb,
  rating_before = ('{"' || :home_player1_id || '":1500,"' || :guest_player1_id || '":1500}')::jsonb,
  point_after = CASE WHEN ('{' || :home_ps || ',' || :guest_ps || '}')::uuid[] IS NOT NULL THEN
    (SELECT coalesce(jsonb_object_agg(player_id, trim_scale(accumulated_points)), '{}') FROM player_seasons
      WHERE id = ANY(('{' || :home_ps || ',' || :guest_ps || '}')::uuid[])) END,
  rating_after = CASE WHEN ('{' || :home_ps || ',' || :guest_ps || '}')::uuid[] IS NOT NULL THEN
    (SELECT coalesce(jsonb_object_agg(player_id, trim_scale(rating)), '{}') FROM player_seasons
      WHERE id = ANY(('{' || :home_ps || ',' || :guest_ps || '}')::uuid[])) END,
  updated_at = now()
WHERE id = :id;
WITH tally AS (
  SELECT f.status AS current,
         count(m.id) AS total,
         count(m.recorded_at) AS recorded,
         count(m.entered_by_team_id) AS by_captain,
         count(*) FILTER (WHERE m.winner_team_id = f.home_team_id) AS home_won,
         count(*) FILTER (WHERE m.winner_team_id = f.guest_team_id) AS guest_won
  FROM fixtures f LEFT JOIN matches m ON m.fixture_id = f.id
  WHERE f.id = :fixture_id
  GROUP BY f.id
),
next AS (
  SELECT CASE
    WHEN current IN ('POSTPONED', 'WALKOVER') AND recorded = 0 THEN current
    WHEN recorded = 0 THEN 'SCHEDULED'
    WHEN recorded = total
      OR (false::boolean AND greatest(home_won, guest_won) * 2 > total)
      THEN 'COMPLETED'
    ELSE 'ONGOING' END AS status
  FROM tally
)
UPDATE fixtures f SET
  home_score = tally.home_won,
  guest_score = tally.guest_won,
  status = next.status,
  confirmation = CASE
    WHEN f.confirmation = 'DISPUTED' THEN 'DISPUTED'
    WHEN next.status <> 'COMPLETED' OR 'NONE' = 'NONE' THEN NULL
    WHEN f.status = 'COMPLETED' THEN f.confirmation
    WHEN tally.by_captain > 0 THEN 'PENDING'
    ELSE 'CONFIRMED' END,
  confirm_by = CASE
    WHEN f.confirmation = 'DISPUTED' OR next.status <> 'COMPLETED' OR 'NONE' = 'NONE' THEN NULL
    WHEN f.status = 'COMPLETED' THEN f.confirm_by
    WHEN tally.by_captain > 0
      THEN '2026-12-01T20:00:00.000Z'::timestamptz + 48::float8 * interval '1 hour'
    ELSE NULL END,
  updated_at = now()
FROM tally, next
WHERE f.id = :fixture_id
RETURNING f.status, f.confirmation;
INSERT INTO audit_events (actor_id, action, entity, entity_id, before, after, request_id)
VALUES (:actor, 'result.record', 'match', :id,
        NULL::jsonb, ('{"home_sets":[11,9,12,11],"guest_sets":[7,11,10,5],"winner_team_id":"' || :home_team_id || '"}')::jsonb, 'pgbench');
select "matches"."id", "matches"."fixture_id", "matches"."match_order", "matches"."match_type", "matches"."home_player1_id", "hp1"."full_name", "matches"."home_player2_id", "hp2"."full_name", "matches"."guest_player1_id", "gp1"."full_name", "matches"."guest_player2_id", "gp2"."full_name", "matches"."home_sets", "matches"."guest_sets", "matches"."winner_team_id", "matches"."handicap_snapshot", "matches"."rank_snapshot", "matches"."point_before", "matches"."point_after", "matches"."rating_before", "matches"."rating_after", "matches"."recorded_at", "matches"."recorded_by", "matches"."home_position", "matches"."guest_position", "matches"."forfeit_side", "matches"."entered_by_team_id", "matches"."created_at", "matches"."updated_at" from "matches" left join "players" "hp1" on "hp1"."id" = "matches"."home_player1_id" left join "players" "hp2" on "hp2"."id" = "matches"."home_player2_id" left join "players" "gp1" on "gp1"."id" = "matches"."guest_player1_id" left join "players" "gp2" on "gp2"."id" = "matches"."guest_player2_id" where "matches"."id" = :id;
COMMIT;
