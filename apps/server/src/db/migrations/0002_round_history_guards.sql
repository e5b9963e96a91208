-- A finalized round is history: its status, its standings snapshots and the rank changes it made stay as they
-- were written. The application never rewrites them; these triggers make sure nothing else does either.

-- FINALIZED is final (SPEC §3): no way back to OPEN/LOCKED, no new finalization time, no removal.
CREATE FUNCTION reject_finalized_round_change() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
BEGIN
  IF OLD.status = 'FINALIZED' AND (TG_OP = 'DELETE'
      OR NEW.status IS DISTINCT FROM OLD.status
      OR NEW.finalized_at IS DISTINCT FROM OLD.finalized_at) THEN
    RAISE EXCEPTION 'round % of season % is finalized: % is not allowed', OLD.round, OLD.season_id, TG_OP
      USING ERRCODE = 'PPL01';
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END
$$;
--> statement-breakpoint
CREATE TRIGGER rounds_finalized_is_final BEFORE UPDATE OR DELETE ON rounds
  FOR EACH ROW EXECUTE FUNCTION reject_finalized_round_change();
--> statement-breakpoint

-- Snapshot rows are written (and given their post-round rank) inside the finalizing transaction, before the
-- round row turns FINALIZED; from then on they are read-only.
CREATE FUNCTION reject_finalized_snapshot_change() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM rounds r
             WHERE r.season_id = OLD.season_id AND r.round = OLD.round AND r.status = 'FINALIZED') THEN
    RAISE EXCEPTION '% of finalized round % is read-only: % is not allowed', TG_TABLE_NAME, OLD.round, TG_OP
      USING ERRCODE = 'PPL01';
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END
$$;
--> statement-breakpoint
CREATE TRIGGER player_round_standings_frozen BEFORE UPDATE OR DELETE ON player_round_standings
  FOR EACH ROW EXECUTE FUNCTION reject_finalized_snapshot_change();
--> statement-breakpoint
CREATE TRIGGER player_round_standings_no_truncate BEFORE TRUNCATE ON player_round_standings
  FOR EACH STATEMENT EXECUTE FUNCTION reject_history_rewrite();
--> statement-breakpoint
CREATE TRIGGER team_round_standings_frozen BEFORE UPDATE OR DELETE ON team_round_standings
  FOR EACH ROW EXECUTE FUNCTION reject_finalized_snapshot_change();
--> statement-breakpoint
CREATE TRIGGER team_round_standings_no_truncate BEFORE TRUNCATE ON team_round_standings
  FOR EACH STATEMENT EXECUTE FUNCTION reject_history_rewrite();
--> statement-breakpoint

-- Rank history is a trail like the point logs: a correction is a new row (reason MANUAL), never an edit.
CREATE TRIGGER player_rank_history_append_only BEFORE UPDATE OR DELETE ON player_rank_history
  FOR EACH ROW EXECUTE FUNCTION reject_history_rewrite();
--> statement-breakpoint
CREATE TRIGGER player_rank_history_no_truncate BEFORE TRUNCATE ON player_rank_history
  FOR EACH STATEMENT EXECUTE FUNCTION reject_history_rewrite();
