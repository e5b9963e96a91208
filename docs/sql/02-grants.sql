-- Privileges of the server's role. Run as pingpong_owner after the migrations
-- (`psql "$OWNER_DATABASE_URL" -f docs/sql/02-grants.sql`), and again after any migration that adds tables.

GRANT USAGE ON SCHEMA public TO pingpong_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO pingpong_app;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO pingpong_app;

-- History is append-only. The triggers of migrations 0001/0002 already refuse these statements; without
-- the privileges, a stolen app password cannot even try (nor disable the triggers: only the owner can).
REVOKE UPDATE, DELETE, TRUNCATE ON audit_events, player_point_logs, player_rank_history FROM pingpong_app;

-- The server checks at start-up that every migration is applied; it reads the journal, never writes it.
GRANT USAGE ON SCHEMA drizzle TO pingpong_app;
GRANT SELECT ON ALL TABLES IN SCHEMA drizzle TO pingpong_app;
