CREATE TABLE "fixture_match_tallies" (
	"fixture_id" uuid PRIMARY KEY NOT NULL,
	"match_count" integer DEFAULT 0 NOT NULL,
	"home_games" integer DEFAULT 0 NOT NULL,
	"guest_games" integer DEFAULT 0 NOT NULL,
	"home_balls" integer DEFAULT 0 NOT NULL,
	"guest_balls" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "fixture_match_tallies" ADD CONSTRAINT "fixture_match_tallies_fixture_id_fixtures_id_fk" FOREIGN KEY ("fixture_id") REFERENCES "public"."fixtures"("id") ON DELETE cascade ON UPDATE no action;