import { and, asc, eq, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '../../db/client.js';
import { fixtures, teams } from '../../db/schema/index.js';

const home = alias(teams, 'home');
const guest = alias(teams, 'guest');

/** A season's fixtures (of one team, when given) with both team names, in calendar order. */
export async function seasonFixtures(db: Executor, seasonId: string, teamId?: string) {
  return db
    .select({
      id: fixtures.id,
      round: fixtures.round,
      status: fixtures.status,
      scheduled_at: fixtures.scheduled_at,
      venue: fixtures.venue,
      home_score: fixtures.home_score,
      guest_score: fixtures.guest_score,
      updated_at: fixtures.updated_at,
      home_team: home.name,
      guest_team: guest.name,
    })
    .from(fixtures)
    .innerJoin(home, eq(home.id, fixtures.home_team_id))
    .innerJoin(guest, eq(guest.id, fixtures.guest_team_id))
    .where(
      and(
        eq(fixtures.season_id, seasonId),
        teamId ? or(eq(fixtures.home_team_id, teamId), eq(fixtures.guest_team_id, teamId)) : undefined,
      ),
    )
    .orderBy(sql`${fixtures.scheduled_at} ASC NULLS LAST`, asc(fixtures.round), asc(fixtures.id));
}
