CREATE TABLE "audit_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"seq" bigint GENERATED ALWAYS AS IDENTITY (sequence name "audit_events_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"actor_id" uuid,
	"action" varchar(60) NOT NULL,
	"entity" varchar(40) NOT NULL,
	"entity_id" text,
	"before" jsonb,
	"after" jsonb,
	"request_id" varchar(100),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "idempotency_keys" (
	"actor_id" uuid NOT NULL,
	"key" varchar(200) NOT NULL,
	"route" varchar(200) NOT NULL,
	"request_hash" varchar(64) NOT NULL,
	"status_code" smallint NOT NULL,
	"response" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "idempotency_keys_actor_id_key_pk" PRIMARY KEY("actor_id","key")
);
--> statement-breakpoint
CREATE TABLE "staging_players" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"batch_id" uuid NOT NULL,
	"row_number" integer NOT NULL,
	"full_name" varchar(120),
	"birth_year" smallint,
	"gender" varchar(10),
	"phone" varchar(20),
	"cccd" varchar(20),
	"team_name" varchar(100),
	"rank_id" varchar(4),
	"problems" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" varchar(254) NOT NULL,
	"password_hash" text NOT NULL,
	"role" varchar(10) DEFAULT 'VIEWER' NOT NULL,
	"display_name" varchar(120),
	"is_active" boolean DEFAULT true NOT NULL,
	"last_login_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_role_check" CHECK ("users"."role" IN ('ADMIN', 'MODERATOR', 'VIEWER'))
);
--> statement-breakpoint
CREATE TABLE "fixtures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"season_id" uuid NOT NULL,
	"round" smallint NOT NULL,
	"home_team_id" uuid NOT NULL,
	"guest_team_id" uuid NOT NULL,
	"home_score" smallint DEFAULT 0 NOT NULL,
	"guest_score" smallint DEFAULT 0 NOT NULL,
	"status" varchar(10) DEFAULT 'SCHEDULED' NOT NULL,
	"walkover_winner_team_id" uuid,
	"scheduled_at" timestamp with time zone,
	"venue" varchar(200),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "fixtures_teams_differ_check" CHECK ("fixtures"."home_team_id" <> "fixtures"."guest_team_id"),
	CONSTRAINT "fixtures_round_check" CHECK ("fixtures"."round" BETWEEN 1 AND 999),
	CONSTRAINT "fixtures_status_check" CHECK ("fixtures"."status" IN ('SCHEDULED', 'ONGOING', 'COMPLETED', 'POSTPONED', 'WALKOVER')),
	CONSTRAINT "fixtures_walkover_check" CHECK (("fixtures"."status" = 'WALKOVER') = ("fixtures"."walkover_winner_team_id" IS NOT NULL))
);
--> statement-breakpoint
CREATE TABLE "matches" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"fixture_id" uuid NOT NULL,
	"match_order" smallint NOT NULL,
	"match_type" varchar(6) NOT NULL,
	"home_player1_id" uuid NOT NULL,
	"home_player2_id" uuid,
	"guest_player1_id" uuid NOT NULL,
	"guest_player2_id" uuid,
	"handicap_snapshot" jsonb,
	"rank_snapshot" jsonb,
	"point_before" jsonb,
	"point_after" jsonb,
	"rating_before" jsonb,
	"rating_after" jsonb,
	"home_sets" integer[],
	"guest_sets" integer[],
	"winner_team_id" uuid,
	"recorded_at" timestamp with time zone,
	"recorded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "matches_fixture_order_key" UNIQUE("fixture_id","match_order"),
	CONSTRAINT "matches_order_check" CHECK ("matches"."match_order" BETWEEN 1 AND 9),
	CONSTRAINT "matches_type_check" CHECK ("matches"."match_type" IN ('SINGLE', 'DOUBLE')),
	CONSTRAINT "matches_pairs_check" CHECK (("matches"."match_type" = 'SINGLE' AND "matches"."home_player2_id" IS NULL AND "matches"."guest_player2_id" IS NULL)
        OR ("matches"."match_type" = 'DOUBLE' AND "matches"."home_player2_id" IS NOT NULL AND "matches"."guest_player2_id" IS NOT NULL)),
	CONSTRAINT "matches_result_check" CHECK (("matches"."recorded_at" IS NULL) = ("matches"."winner_team_id" IS NULL)
        AND cardinality("matches"."home_sets") IS NOT DISTINCT FROM cardinality("matches"."guest_sets"))
);
--> statement-breakpoint
CREATE TABLE "rounds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"season_id" uuid NOT NULL,
	"round" smallint NOT NULL,
	"status" varchar(10) DEFAULT 'OPEN' NOT NULL,
	"locked_at" timestamp with time zone,
	"finalized_at" timestamp with time zone,
	"finalized_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "rounds_season_round_key" UNIQUE("season_id","round"),
	CONSTRAINT "rounds_status_check" CHECK ("rounds"."status" IN ('OPEN', 'LOCKED', 'FINALIZED'))
);
--> statement-breakpoint
CREATE TABLE "player_point_logs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"seq" bigint GENERATED ALWAYS AS IDENTITY (sequence name "player_point_logs_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"player_season_id" uuid NOT NULL,
	"delta_points" numeric(10, 2) NOT NULL,
	"balance_after" numeric(10, 2) NOT NULL,
	"reason" text NOT NULL,
	"source" varchar(12) NOT NULL,
	"ref_id" uuid,
	"actor_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "player_point_logs_source_check" CHECK ("player_point_logs"."source" IN ('INITIAL', 'MATCH', 'CORRECTION', 'ADMIN_ADJUST', 'PENALTY', 'BONUS')),
	CONSTRAINT "player_point_logs_balance_check" CHECK ("player_point_logs"."balance_after" >= 0)
);
--> statement-breakpoint
CREATE TABLE "player_rank_history" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"player_season_id" uuid NOT NULL,
	"player_id" uuid NOT NULL,
	"season_id" uuid NOT NULL,
	"round" smallint,
	"from_rank_id" varchar(4),
	"to_rank_id" varchar(4) NOT NULL,
	"rating" numeric(7, 2) NOT NULL,
	"reason" varchar(20) NOT NULL,
	"actor_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "player_round_standings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"season_id" uuid NOT NULL,
	"round" smallint NOT NULL,
	"position" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"player_season_id" uuid NOT NULL,
	"player_id" uuid NOT NULL,
	"team_id" uuid NOT NULL,
	"rank_id" varchar(4) NOT NULL,
	"accumulated_points" numeric(10, 2) NOT NULL,
	"rating" numeric(7, 2) NOT NULL,
	"wins" integer NOT NULL,
	"losses" integer NOT NULL,
	"matches_played" integer NOT NULL,
	CONSTRAINT "player_round_standings_key" UNIQUE("season_id","round","player_season_id")
);
--> statement-breakpoint
CREATE TABLE "team_round_standings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"season_id" uuid NOT NULL,
	"round" smallint NOT NULL,
	"position" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"team_id" uuid NOT NULL,
	"played" integer NOT NULL,
	"won" integer NOT NULL,
	"drawn" integer NOT NULL,
	"lost" integer NOT NULL,
	"points" integer NOT NULL,
	"matches_won" integer NOT NULL,
	"matches_lost" integer NOT NULL,
	"sets_won" integer NOT NULL,
	"sets_lost" integer NOT NULL,
	"balls_won" integer NOT NULL,
	"balls_lost" integer NOT NULL,
	CONSTRAINT "team_round_standings_key" UNIQUE("season_id","round","team_id")
);
--> statement-breakpoint
CREATE TABLE "player_seasons" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"season_id" uuid NOT NULL,
	"player_id" uuid NOT NULL,
	"team_id" uuid NOT NULL,
	"rank_id" varchar(4) NOT NULL,
	"accumulated_points" numeric(10, 2) DEFAULT 0 NOT NULL,
	"rating" numeric(7, 2) NOT NULL,
	"wins" integer DEFAULT 0 NOT NULL,
	"losses" integer DEFAULT 0 NOT NULL,
	"matches_played" integer DEFAULT 0 NOT NULL,
	"status" varchar(10) DEFAULT 'ACTIVE' NOT NULL,
	"display_order" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "player_seasons_season_player_key" UNIQUE("season_id","player_id"),
	CONSTRAINT "player_seasons_points_check" CHECK ("player_seasons"."accumulated_points" >= 0),
	CONSTRAINT "player_seasons_counters_check" CHECK ("player_seasons"."wins" >= 0 AND "player_seasons"."losses" >= 0 AND "player_seasons"."matches_played" = "player_seasons"."wins" + "player_seasons"."losses"),
	CONSTRAINT "player_seasons_status_check" CHECK ("player_seasons"."status" IN ('ACTIVE', 'INACTIVE', 'WITHDRAWN'))
);
--> statement-breakpoint
CREATE TABLE "players" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"full_name" varchar(120) NOT NULL,
	"birth_year" smallint,
	"gender" varchar(10),
	"phone" varchar(20),
	"cccd" varchar(20),
	"avatar_url" text,
	"is_active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "players_gender_check" CHECK ("players"."gender" IN ('MALE', 'FEMALE', 'OTHER'))
);
--> statement-breakpoint
CREATE TABLE "ranks" (
	"id" varchar(4) PRIMARY KEY NOT NULL,
	"sort_order" smallint NOT NULL,
	"min_score" integer,
	"max_score" integer,
	"standard_score" integer NOT NULL,
	"description" text,
	"promotion_buffer" integer DEFAULT 25 NOT NULL,
	"relegation_buffer" integer DEFAULT 25 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ranks_sort_order_unique" UNIQUE("sort_order")
);
--> statement-breakpoint
CREATE TABLE "season_teams" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"season_id" uuid NOT NULL,
	"team_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "season_teams_season_team_key" UNIQUE("season_id","team_id")
);
--> statement-breakpoint
CREATE TABLE "seasons" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" varchar(120) NOT NULL,
	"year" smallint NOT NULL,
	"start_date" date,
	"end_date" date,
	"status" varchar(10) DEFAULT 'UPCOMING' NOT NULL,
	"rules" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"finished_at" timestamp with time zone,
	"finish_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "seasons_status_check" CHECK ("seasons"."status" IN ('UPCOMING', 'ACTIVE', 'FINISHED')),
	CONSTRAINT "seasons_dates_check" CHECK ("seasons"."end_date" IS NULL OR "seasons"."start_date" IS NULL OR "seasons"."end_date" >= "seasons"."start_date")
);
--> statement-breakpoint
CREATE TABLE "teams" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" varchar(100) NOT NULL,
	"short_name" varchar(20),
	"logo_url" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "staging_players" ADD CONSTRAINT "staging_players_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fixtures" ADD CONSTRAINT "fixtures_season_id_seasons_id_fk" FOREIGN KEY ("season_id") REFERENCES "public"."seasons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fixtures" ADD CONSTRAINT "fixtures_home_team_id_teams_id_fk" FOREIGN KEY ("home_team_id") REFERENCES "public"."teams"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fixtures" ADD CONSTRAINT "fixtures_guest_team_id_teams_id_fk" FOREIGN KEY ("guest_team_id") REFERENCES "public"."teams"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fixtures" ADD CONSTRAINT "fixtures_walkover_winner_team_id_teams_id_fk" FOREIGN KEY ("walkover_winner_team_id") REFERENCES "public"."teams"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matches" ADD CONSTRAINT "matches_fixture_id_fixtures_id_fk" FOREIGN KEY ("fixture_id") REFERENCES "public"."fixtures"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matches" ADD CONSTRAINT "matches_home_player1_id_players_id_fk" FOREIGN KEY ("home_player1_id") REFERENCES "public"."players"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matches" ADD CONSTRAINT "matches_home_player2_id_players_id_fk" FOREIGN KEY ("home_player2_id") REFERENCES "public"."players"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matches" ADD CONSTRAINT "matches_guest_player1_id_players_id_fk" FOREIGN KEY ("guest_player1_id") REFERENCES "public"."players"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matches" ADD CONSTRAINT "matches_guest_player2_id_players_id_fk" FOREIGN KEY ("guest_player2_id") REFERENCES "public"."players"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matches" ADD CONSTRAINT "matches_winner_team_id_teams_id_fk" FOREIGN KEY ("winner_team_id") REFERENCES "public"."teams"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matches" ADD CONSTRAINT "matches_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rounds" ADD CONSTRAINT "rounds_season_id_seasons_id_fk" FOREIGN KEY ("season_id") REFERENCES "public"."seasons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rounds" ADD CONSTRAINT "rounds_finalized_by_users_id_fk" FOREIGN KEY ("finalized_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "player_point_logs" ADD CONSTRAINT "player_point_logs_player_season_id_player_seasons_id_fk" FOREIGN KEY ("player_season_id") REFERENCES "public"."player_seasons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "player_point_logs" ADD CONSTRAINT "player_point_logs_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "player_rank_history" ADD CONSTRAINT "player_rank_history_player_season_id_player_seasons_id_fk" FOREIGN KEY ("player_season_id") REFERENCES "public"."player_seasons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "player_rank_history" ADD CONSTRAINT "player_rank_history_player_id_players_id_fk" FOREIGN KEY ("player_id") REFERENCES "public"."players"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "player_rank_history" ADD CONSTRAINT "player_rank_history_season_id_seasons_id_fk" FOREIGN KEY ("season_id") REFERENCES "public"."seasons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "player_rank_history" ADD CONSTRAINT "player_rank_history_from_rank_id_ranks_id_fk" FOREIGN KEY ("from_rank_id") REFERENCES "public"."ranks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "player_rank_history" ADD CONSTRAINT "player_rank_history_to_rank_id_ranks_id_fk" FOREIGN KEY ("to_rank_id") REFERENCES "public"."ranks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "player_rank_history" ADD CONSTRAINT "player_rank_history_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "player_round_standings" ADD CONSTRAINT "player_round_standings_season_id_seasons_id_fk" FOREIGN KEY ("season_id") REFERENCES "public"."seasons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "player_round_standings" ADD CONSTRAINT "player_round_standings_player_season_id_player_seasons_id_fk" FOREIGN KEY ("player_season_id") REFERENCES "public"."player_seasons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "player_round_standings" ADD CONSTRAINT "player_round_standings_player_id_players_id_fk" FOREIGN KEY ("player_id") REFERENCES "public"."players"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "player_round_standings" ADD CONSTRAINT "player_round_standings_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "player_round_standings" ADD CONSTRAINT "player_round_standings_rank_id_ranks_id_fk" FOREIGN KEY ("rank_id") REFERENCES "public"."ranks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_round_standings" ADD CONSTRAINT "team_round_standings_season_id_seasons_id_fk" FOREIGN KEY ("season_id") REFERENCES "public"."seasons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_round_standings" ADD CONSTRAINT "team_round_standings_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "player_seasons" ADD CONSTRAINT "player_seasons_season_id_seasons_id_fk" FOREIGN KEY ("season_id") REFERENCES "public"."seasons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "player_seasons" ADD CONSTRAINT "player_seasons_player_id_players_id_fk" FOREIGN KEY ("player_id") REFERENCES "public"."players"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "player_seasons" ADD CONSTRAINT "player_seasons_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "player_seasons" ADD CONSTRAINT "player_seasons_rank_id_ranks_id_fk" FOREIGN KEY ("rank_id") REFERENCES "public"."ranks"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "season_teams" ADD CONSTRAINT "season_teams_season_id_seasons_id_fk" FOREIGN KEY ("season_id") REFERENCES "public"."seasons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "season_teams" ADD CONSTRAINT "season_teams_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "idx_audit_events_entity" ON "audit_events" USING btree ("entity","entity_id");--> statement-breakpoint
CREATE INDEX "idx_audit_events_actor_id" ON "audit_events" USING btree ("actor_id");--> statement-breakpoint
CREATE INDEX "idx_audit_events_action" ON "audit_events" USING btree ("action");--> statement-breakpoint
CREATE INDEX "idx_audit_events_created_at" ON "audit_events" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "idx_idempotency_keys_created_at" ON "idempotency_keys" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "idx_staging_players_batch_id" ON "staging_players" USING btree ("batch_id","row_number");--> statement-breakpoint
CREATE UNIQUE INDEX "users_email_lower_key" ON "users" USING btree (lower("email"));--> statement-breakpoint
CREATE INDEX "idx_fixtures_season_id" ON "fixtures" USING btree ("season_id");--> statement-breakpoint
CREATE INDEX "idx_fixtures_round" ON "fixtures" USING btree ("season_id","round");--> statement-breakpoint
CREATE INDEX "idx_fixtures_status" ON "fixtures" USING btree ("status");--> statement-breakpoint
CREATE INDEX "idx_fixtures_home_team_id" ON "fixtures" USING btree ("home_team_id");--> statement-breakpoint
CREATE INDEX "idx_fixtures_guest_team_id" ON "fixtures" USING btree ("guest_team_id");--> statement-breakpoint
CREATE INDEX "idx_matches_fixture_id" ON "matches" USING btree ("fixture_id");--> statement-breakpoint
CREATE INDEX "idx_matches_home_player1_id" ON "matches" USING btree ("home_player1_id");--> statement-breakpoint
CREATE INDEX "idx_matches_home_player2_id" ON "matches" USING btree ("home_player2_id");--> statement-breakpoint
CREATE INDEX "idx_matches_guest_player1_id" ON "matches" USING btree ("guest_player1_id");--> statement-breakpoint
CREATE INDEX "idx_matches_guest_player2_id" ON "matches" USING btree ("guest_player2_id");--> statement-breakpoint
CREATE INDEX "idx_point_logs_player_season_id" ON "player_point_logs" USING btree ("player_season_id","seq");--> statement-breakpoint
CREATE INDEX "idx_point_logs_created_at" ON "player_point_logs" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "idx_point_logs_source" ON "player_point_logs" USING btree ("source");--> statement-breakpoint
CREATE INDEX "idx_point_logs_ref_id" ON "player_point_logs" USING btree ("ref_id");--> statement-breakpoint
CREATE INDEX "idx_player_rank_history_player_id" ON "player_rank_history" USING btree ("player_id","created_at");--> statement-breakpoint
CREATE INDEX "idx_player_rank_history_season_round" ON "player_rank_history" USING btree ("season_id","round");--> statement-breakpoint
CREATE INDEX "idx_player_round_standings_player_id" ON "player_round_standings" USING btree ("player_id");--> statement-breakpoint
CREATE INDEX "idx_player_seasons_season_id" ON "player_seasons" USING btree ("season_id");--> statement-breakpoint
CREATE INDEX "idx_player_seasons_player_id" ON "player_seasons" USING btree ("player_id");--> statement-breakpoint
CREATE INDEX "idx_player_seasons_accumulated_points" ON "player_seasons" USING btree ("accumulated_points");--> statement-breakpoint
CREATE INDEX "idx_player_seasons_team_id" ON "player_seasons" USING btree ("team_id");--> statement-breakpoint
CREATE INDEX "idx_player_seasons_status" ON "player_seasons" USING btree ("status");--> statement-breakpoint
CREATE INDEX "idx_player_seasons_leaderboard" ON "player_seasons" USING btree ("season_id","accumulated_points" DESC NULLS LAST,"wins" DESC NULLS LAST,"matches_played") WHERE "player_seasons"."status" = 'ACTIVE';--> statement-breakpoint
CREATE INDEX "idx_player_seasons_team_leaderboard" ON "player_seasons" USING btree ("season_id","team_id","accumulated_points" DESC NULLS LAST,"wins" DESC NULLS LAST) WHERE "player_seasons"."status" = 'ACTIVE';--> statement-breakpoint
CREATE INDEX "idx_players_is_active" ON "players" USING btree ("is_active");--> statement-breakpoint
CREATE INDEX "idx_season_teams_team_id" ON "season_teams" USING btree ("team_id");--> statement-breakpoint
CREATE UNIQUE INDEX "seasons_one_active_key" ON "seasons" USING btree ("status") WHERE "seasons"."status" = 'ACTIVE';--> statement-breakpoint
CREATE UNIQUE INDEX "teams_name_lower_key" ON "teams" USING btree (lower("name"));