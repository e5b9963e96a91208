-- Keeps season_roster_counts equal to the number of ACTIVE player_seasons per (season, team, rank).
-- UPDATE OF limits the trigger to the columns that decide membership: recording a result (points,
-- rating, counters) never fires it.
CREATE FUNCTION count_active_registrations() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.status = 'ACTIVE' THEN
    UPDATE season_roster_counts SET active_players = active_players - 1
    WHERE season_id = OLD.season_id AND team_id = OLD.team_id AND rank_id = OLD.rank_id;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.status = 'ACTIVE' THEN
    INSERT INTO season_roster_counts (season_id, team_id, rank_id, active_players)
    VALUES (NEW.season_id, NEW.team_id, NEW.rank_id, 1)
    ON CONFLICT (season_id, team_id, rank_id)
      DO UPDATE SET active_players = season_roster_counts.active_players + 1;
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER player_seasons_roster_count
  AFTER INSERT OR DELETE OR UPDATE OF season_id, team_id, rank_id, status ON player_seasons
  FOR EACH ROW EXECUTE FUNCTION count_active_registrations();
--> statement-breakpoint
INSERT INTO season_roster_counts (season_id, team_id, rank_id, active_players)
SELECT season_id, team_id, rank_id, count(*)::int
FROM player_seasons
WHERE status = 'ACTIVE'
GROUP BY season_id, team_id, rank_id;
