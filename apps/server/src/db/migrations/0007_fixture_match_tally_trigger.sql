-- Keeps fixture_match_tallies equal to an aggregate over each fixture's matches: how many there are, and
-- over the recorded ones (recorded_at set) the games each side won (sets where it scored more) and the
-- balls it scored. Each change applies the difference between the old and the new row as increments, so
-- concurrent writers never overwrite each other's totals. Computed only from what matches hold; a row is
-- read as jsonb, so a `forfeit_side` column (SPEC §6: a forfeit is won by the games needed to win, stored
-- as that many 0-0 games, credited to the side that did not forfeit) counts as soon as it exists, and other
-- new columns need no change here.
CREATE FUNCTION match_set_tally(home_sets integer[], guest_sets integer[], recorded boolean, forfeit_side text,
                                OUT home_games integer, OUT guest_games integer,
                                OUT home_balls integer, OUT guest_balls integer)
  LANGUAGE sql IMMUTABLE
  AS $$
    SELECT CASE forfeit_side WHEN 'guest' THEN count(*) WHEN 'home' THEN 0
             ELSE count(*) FILTER (WHERE h > a) END::int,
           CASE forfeit_side WHEN 'home' THEN count(*) WHEN 'guest' THEN 0
             ELSE count(*) FILTER (WHERE a > h) END::int,
           coalesce(sum(h), 0)::int, coalesce(sum(a), 0)::int
    FROM unnest(home_sets, guest_sets) AS s(h, a)
    WHERE recorded
  $$;
--> statement-breakpoint
CREATE FUNCTION tally_fixture_matches() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
DECLARE
  o record;
  n record;
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    o := match_set_tally(OLD.home_sets, OLD.guest_sets, OLD.recorded_at IS NOT NULL, to_jsonb(OLD) ->> 'forfeit_side');
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    n := match_set_tally(NEW.home_sets, NEW.guest_sets, NEW.recorded_at IS NOT NULL, to_jsonb(NEW) ->> 'forfeit_side');
  END IF;
  -- Most updates of a match (lineups, snapshots) change nothing the tally counts.
  IF TG_OP = 'UPDATE' AND OLD.fixture_id = NEW.fixture_id AND o IS NOT DISTINCT FROM n THEN
    RETURN NULL;
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    UPDATE fixture_match_tallies t
    SET match_count = t.match_count - 1,
        home_games = t.home_games - o.home_games, guest_games = t.guest_games - o.guest_games,
        home_balls = t.home_balls - o.home_balls, guest_balls = t.guest_balls - o.guest_balls
    WHERE t.fixture_id = OLD.fixture_id;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO fixture_match_tallies AS t (fixture_id, match_count, home_games, guest_games, home_balls, guest_balls)
    VALUES (NEW.fixture_id, 1, n.home_games, n.guest_games, n.home_balls, n.guest_balls)
    ON CONFLICT (fixture_id) DO UPDATE
      SET match_count = t.match_count + 1,
          home_games = t.home_games + EXCLUDED.home_games, guest_games = t.guest_games + EXCLUDED.guest_games,
          home_balls = t.home_balls + EXCLUDED.home_balls, guest_balls = t.guest_balls + EXCLUDED.guest_balls;
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER matches_fixture_tally
  AFTER INSERT OR DELETE OR UPDATE ON matches
  FOR EACH ROW EXECUTE FUNCTION tally_fixture_matches();
--> statement-breakpoint
INSERT INTO fixture_match_tallies (fixture_id, match_count, home_games, guest_games, home_balls, guest_balls)
SELECT m.fixture_id, count(*)::int, coalesce(sum(n.home_games), 0)::int, coalesce(sum(n.guest_games), 0)::int,
       coalesce(sum(n.home_balls), 0)::int, coalesce(sum(n.guest_balls), 0)::int
FROM matches m
CROSS JOIN LATERAL match_set_tally(m.home_sets, m.guest_sets, m.recorded_at IS NOT NULL,
                                   to_jsonb(m) ->> 'forfeit_side') n
GROUP BY m.fixture_id;
