CREATE TABLE "season_roster_counts" (
	"season_id" uuid NOT NULL,
	"team_id" uuid NOT NULL,
	"rank_id" varchar(4) NOT NULL,
	"active_players" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "season_roster_counts_season_id_team_id_rank_id_pk" PRIMARY KEY("season_id","team_id","rank_id"),
	CONSTRAINT "season_roster_counts_active_check" CHECK ("season_roster_counts"."active_players" >= 0)
);
--> statement-breakpoint
ALTER TABLE "season_roster_counts" ADD CONSTRAINT "season_roster_counts_season_id_seasons_id_fk" FOREIGN KEY ("season_id") REFERENCES "public"."seasons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "season_roster_counts" ADD CONSTRAINT "season_roster_counts_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "season_roster_counts" ADD CONSTRAINT "season_roster_counts_rank_id_ranks_id_fk" FOREIGN KEY ("rank_id") REFERENCES "public"."ranks"("id") ON DELETE no action ON UPDATE no action;