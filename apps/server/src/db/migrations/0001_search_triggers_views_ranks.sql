-- What Drizzle cannot express: search support, append-only triggers, the seed's views and the nine ranks.

-- Search ignores case and Vietnamese diacritics ("nguyen" finds "Nguyễn"). Both extensions are trusted,
-- so a database owner may create them without superuser rights.
CREATE EXTENSION IF NOT EXISTS unaccent;
--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
-- unaccent() is only STABLE (its dictionary could change); pinning the dictionary makes an index possible.
-- unaccent's rules leave đ/Đ alone in some builds, so they are folded explicitly.
CREATE FUNCTION search_text(value text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, translate(value, 'đĐ', 'dD'))) $$;
--> statement-breakpoint
CREATE INDEX idx_players_full_name_search ON players USING gin (search_text(full_name) gin_trgm_ops);
--> statement-breakpoint
CREATE INDEX idx_teams_name_search ON teams USING gin (search_text(name) gin_trgm_ops);
--> statement-breakpoint

-- Point logs and audit events are the league's memory: rows are added, never changed or removed.
CREATE FUNCTION reject_history_rewrite() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
BEGIN
  RAISE EXCEPTION '% is append-only: % is not allowed', TG_TABLE_NAME, TG_OP
    USING ERRCODE = 'PPL01', HINT = 'Write a compensating row instead.';
END
$$;
--> statement-breakpoint
CREATE TRIGGER player_point_logs_append_only BEFORE UPDATE OR DELETE ON player_point_logs
  FOR EACH ROW EXECUTE FUNCTION reject_history_rewrite();
--> statement-breakpoint
CREATE TRIGGER player_point_logs_no_truncate BEFORE TRUNCATE ON player_point_logs
  FOR EACH STATEMENT EXECUTE FUNCTION reject_history_rewrite();
--> statement-breakpoint
CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON audit_events
  FOR EACH ROW EXECUTE FUNCTION reject_history_rewrite();
--> statement-breakpoint
CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
  FOR EACH STATEMENT EXECUTE FUNCTION reject_history_rewrite();
--> statement-breakpoint

-- The seed's views, kept for reporting tools; the API's own queries are written for their indexes.
CREATE VIEW v_season_leaderboard AS
SELECT
  ps.season_id,
  RANK() OVER (PARTITION BY ps.season_id ORDER BY ps.accumulated_points DESC, ps.wins DESC) AS position,
  ps.id AS player_season_id,
  ps.player_id,
  p.full_name AS player_name,
  p.avatar_url,
  ps.team_id,
  t.name AS team_name,
  ps.rank_id,
  r.description AS rank_name,
  ps.accumulated_points,
  ps.rating,
  ps.matches_played,
  ps.wins,
  ps.losses,
  ps.status,
  ps.display_order
FROM player_seasons ps
JOIN players p ON p.id = ps.player_id
JOIN teams t ON t.id = ps.team_id
JOIN ranks r ON r.id = ps.rank_id
WHERE ps.status = 'ACTIVE';
--> statement-breakpoint
CREATE VIEW v_fixture_details AS
SELECT
  f.id AS fixture_id,
  f.season_id,
  s.name AS season_name,
  f.round,
  f.status,
  f.scheduled_at,
  f.venue,
  f.home_team_id,
  ht.name AS home_team_name,
  f.guest_team_id,
  gt.name AS guest_team_name,
  f.home_score,
  f.guest_score,
  (SELECT count(*) FROM matches m WHERE m.fixture_id = f.id) AS match_count,
  (SELECT count(*) FROM matches m WHERE m.fixture_id = f.id AND m.recorded_at IS NOT NULL) AS recorded_count
FROM fixtures f
JOIN seasons s ON s.id = f.season_id
JOIN teams ht ON ht.id = f.home_team_id
JOIN teams gt ON gt.id = f.guest_team_id;
--> statement-breakpoint

-- The nine tiers; (min_score, max_score) is the rating range, NULL at the open ends.
INSERT INTO ranks (id, sort_order, min_score, max_score, standard_score, description) VALUES
  ('C3', 1, NULL, 499, 50, 'Beginner'),
  ('C2', 2, 500, 799, 60, 'Novice'),
  ('C1', 3, 800, 1099, 70, 'Improver'),
  ('B3', 4, 1100, 1399, 80, 'Club player'),
  ('B2', 5, 1400, 1699, 90, 'Strong club player'),
  ('B1', 6, 1700, 1999, 100, 'Advanced'),
  ('A3', 7, 2000, 2499, 110, 'Expert'),
  ('A2', 8, 2500, 2999, 120, 'Master'),
  ('A1', 9, 3000, NULL, 130, 'Elite');
