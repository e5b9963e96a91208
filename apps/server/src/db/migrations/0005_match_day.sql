CREATE TABLE "fixture_lineups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"fixture_id" uuid NOT NULL,
	"side" varchar(5) NOT NULL,
	"team_id" uuid NOT NULL,
	"positions" jsonb NOT NULL,
	"doubles" jsonb,
	"submitted_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "fixture_lineups_fixture_side_key" UNIQUE("fixture_id","side"),
	CONSTRAINT "fixture_lineups_side_check" CHECK ("fixture_lineups"."side" IN ('home', 'guest'))
);
--> statement-breakpoint
CREATE TABLE "team_captains" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"season_id" uuid NOT NULL,
	"team_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "team_captains_season_team_user_key" UNIQUE("season_id","team_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "divisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"season_id" uuid NOT NULL,
	"name" varchar(100) NOT NULL,
	"level" smallint NOT NULL,
	"promotion_places" smallint DEFAULT 0 NOT NULL,
	"relegation_places" smallint DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "divisions_season_level_key" UNIQUE("season_id","level"),
	CONSTRAINT "divisions_level_check" CHECK ("divisions"."level" BETWEEN 1 AND 99),
	CONSTRAINT "divisions_places_check" CHECK ("divisions"."promotion_places" >= 0 AND "divisions"."relegation_places" >= 0)
);
--> statement-breakpoint
ALTER TABLE "matches" DROP CONSTRAINT "matches_order_check";--> statement-breakpoint
ALTER TABLE "matches" DROP CONSTRAINT "matches_pairs_check";--> statement-breakpoint
ALTER TABLE "matches" ALTER COLUMN "home_player1_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "matches" ALTER COLUMN "guest_player1_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "fixtures" ADD COLUMN "division_id" uuid;--> statement-breakpoint
ALTER TABLE "fixtures" ADD COLUMN "confirmation" varchar(10);--> statement-breakpoint
ALTER TABLE "fixtures" ADD COLUMN "confirm_by" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "fixtures" ADD COLUMN "dispute_reason" text;--> statement-breakpoint
ALTER TABLE "fixtures" ADD COLUMN "proposed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "fixtures" ADD COLUMN "proposed_by_team_id" uuid;--> statement-breakpoint
ALTER TABLE "matches" ADD COLUMN "home_position" varchar(1);--> statement-breakpoint
ALTER TABLE "matches" ADD COLUMN "guest_position" varchar(1);--> statement-breakpoint
ALTER TABLE "matches" ADD COLUMN "forfeit_side" varchar(5);--> statement-breakpoint
ALTER TABLE "matches" ADD COLUMN "entered_by_team_id" uuid;--> statement-breakpoint
ALTER TABLE "team_round_standings" ADD COLUMN "division_id" uuid;--> statement-breakpoint
ALTER TABLE "season_teams" ADD COLUMN "division_id" uuid;--> statement-breakpoint
ALTER TABLE "season_teams" ADD COLUMN "withdrawn_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "season_teams" ADD COLUMN "withdraw_reason" text;--> statement-breakpoint
ALTER TABLE "seasons" ADD COLUMN "timezone" varchar(64);--> statement-breakpoint
ALTER TABLE "fixture_lineups" ADD CONSTRAINT "fixture_lineups_fixture_id_fixtures_id_fk" FOREIGN KEY ("fixture_id") REFERENCES "public"."fixtures"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fixture_lineups" ADD CONSTRAINT "fixture_lineups_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fixture_lineups" ADD CONSTRAINT "fixture_lineups_submitted_by_users_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_captains" ADD CONSTRAINT "team_captains_season_id_seasons_id_fk" FOREIGN KEY ("season_id") REFERENCES "public"."seasons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_captains" ADD CONSTRAINT "team_captains_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_captains" ADD CONSTRAINT "team_captains_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "divisions" ADD CONSTRAINT "divisions_season_id_seasons_id_fk" FOREIGN KEY ("season_id") REFERENCES "public"."seasons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "idx_team_captains_user_id" ON "team_captains" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "divisions_season_name_key" ON "divisions" USING btree ("season_id",lower("name"));--> statement-breakpoint
ALTER TABLE "fixtures" ADD CONSTRAINT "fixtures_division_id_divisions_id_fk" FOREIGN KEY ("division_id") REFERENCES "public"."divisions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fixtures" ADD CONSTRAINT "fixtures_proposed_by_team_id_teams_id_fk" FOREIGN KEY ("proposed_by_team_id") REFERENCES "public"."teams"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matches" ADD CONSTRAINT "matches_entered_by_team_id_teams_id_fk" FOREIGN KEY ("entered_by_team_id") REFERENCES "public"."teams"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_round_standings" ADD CONSTRAINT "team_round_standings_division_id_divisions_id_fk" FOREIGN KEY ("division_id") REFERENCES "public"."divisions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "season_teams" ADD CONSTRAINT "season_teams_division_id_divisions_id_fk" FOREIGN KEY ("division_id") REFERENCES "public"."divisions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "idx_fixtures_division_id" ON "fixtures" USING btree ("division_id");--> statement-breakpoint
CREATE INDEX "idx_fixtures_pending_confirmation" ON "fixtures" USING btree ("confirm_by") WHERE "fixtures"."confirmation" = 'PENDING';--> statement-breakpoint
ALTER TABLE "fixtures" ADD CONSTRAINT "fixtures_confirmation_check" CHECK ("fixtures"."confirmation" IS NULL OR "fixtures"."confirmation" IN ('PENDING', 'CONFIRMED', 'DISPUTED'));--> statement-breakpoint
ALTER TABLE "matches" ADD CONSTRAINT "matches_forfeit_side_check" CHECK ("matches"."forfeit_side" IS NULL OR "matches"."forfeit_side" IN ('home', 'guest'));--> statement-breakpoint
ALTER TABLE "matches" ADD CONSTRAINT "matches_order_check" CHECK ("matches"."match_order" BETWEEN 1 AND 99);--> statement-breakpoint
ALTER TABLE "matches" ADD CONSTRAINT "matches_pairs_check" CHECK (("matches"."match_type" = 'SINGLE' AND "matches"."home_player2_id" IS NULL AND "matches"."guest_player2_id" IS NULL)
        OR ("matches"."match_type" = 'DOUBLE'
          AND ("matches"."home_player1_id" IS NULL) = ("matches"."home_player2_id" IS NULL)
          AND ("matches"."guest_player1_id" IS NULL) = ("matches"."guest_player2_id" IS NULL)));