-- Production database roles for Ping Pong League (PostgreSQL 15). Run ONCE as a superuser, connected to
-- the league's database (e.g. `psql -d pingpong -f docs/sql/01-roles.sql`). Set the passwords afterwards
-- with \password pingpong_owner and \password pingpong_app, and keep them in your secret store.
--
--   pingpong_owner  owns the schema; used only to run migrations (npm run db:migrate)
--   pingpong_app    what the server connects as (DATABASE_URL): reads and writes rows, cannot change the
--                   schema, cannot rewrite or remove history (see 02-grants.sql)

DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'pingpong_owner') THEN
    CREATE ROLE pingpong_owner LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE;
  END IF;
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'pingpong_app') THEN
    CREATE ROLE pingpong_app LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOINHERIT;
  END IF;
  -- The owner of the database also owns its public schema (PostgreSQL 15) and may create the two trusted
  -- extensions the migrations need (unaccent, pg_trgm).
  EXECUTE format('ALTER DATABASE %I OWNER TO pingpong_owner', current_database());
  EXECUTE format('REVOKE ALL ON DATABASE %I FROM PUBLIC', current_database());
  EXECUTE format('GRANT CONNECT, TEMPORARY ON DATABASE %I TO pingpong_app', current_database());
END
$$;
