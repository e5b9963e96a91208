import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { drizzle } from 'drizzle-orm/postgres-js';
import { type Executor, rawSql } from '../../db/client.js';
import { matches, playerSeasons, players, ranks } from '../../db/schema/index.js';

export type MatchRow = typeof matches.$inferSelect;

const hp1 = alias(players, 'hp1');
const hp2 = alias(players, 'hp2');
const gp1 = alias(players, 'gp1');
const gp2 = alias(players, 'gp2');

const viewColumns = {
  id: matches.id,
  fixture_id: matches.fixture_id,
  match_order: matches.match_order,
  match_type: matches.match_type,
  home_player1_id: matches.home_player1_id,
  home_player1_name: hp1.full_name,
  home_player2_id: matches.home_player2_id,
  home_player2_name: hp2.full_name,
  guest_player1_id: matches.guest_player1_id,
  guest_player1_name: gp1.full_name,
  guest_player2_id: matches.guest_player2_id,
  guest_player2_name: gp2.full_name,
  home_sets: matches.home_sets,
  guest_sets: matches.guest_sets,
  winner_team_id: matches.winner_team_id,
  handicap_snapshot: matches.handicap_snapshot,
  rank_snapshot: matches.rank_snapshot,
  point_before: matches.point_before,
  point_after: matches.point_after,
  rating_before: matches.rating_before,
  rating_after: matches.rating_after,
  recorded_at: matches.recorded_at,
  recorded_by: matches.recorded_by,
  home_position: matches.home_position,
  guest_position: matches.guest_position,
  forfeit_side: matches.forfeit_side,
  entered_by_team_id: matches.entered_by_team_id,
  created_at: matches.created_at,
  updated_at: matches.updated_at,
};

/** Matches with their players' names, in one query (four joins to players, no N+1; empty positions stay null). */
function viewQuery(db: Executor) {
  return db
    .select(viewColumns)
    .from(matches)
    .leftJoin(hp1, eq(hp1.id, matches.home_player1_id))
    .leftJoin(hp2, eq(hp2.id, matches.home_player2_id))
    .leftJoin(gp1, eq(gp1.id, matches.guest_player1_id))
    .leftJoin(gp2, eq(gp2.id, matches.guest_player2_id));
}

type ViewRow = Awaited<ReturnType<ReturnType<typeof viewQuery>['where']>>[number];
export type MatchView = ViewRow;

// One match by id is read on every result (inside its transaction, for the response): its SQL text is built
// once from the same query builder and columns, then sent as a prepared statement, and each value decoded
// as Drizzle would (timestamps to Date, and so on).
const viewById = viewQuery(drizzle.mock())
  .where(eq(matches.id, sql.placeholder('id')))
  .toSQL().sql;
const viewFields = Object.entries(viewColumns);

export async function findMatchView(db: Executor, id: string): Promise<MatchView | undefined> {
  const [values] = await rawSql(db).unsafe(viewById, [id], { prepare: true }).values();
  if (!values) return undefined;
  const row: Record<string, unknown> = {};
  viewFields.forEach(([name, column], i) => {
    const value = values[i];
    row[name] = value === null ? null : column.mapFromDriverValue(value);
  });
  return row as MatchView;
}

export async function listFixtureMatches(db: Executor, fixtureIds: string[]) {
  if (fixtureIds.length === 0) return [];
  return viewQuery(db)
    .where(inArray(matches.fixture_id, fixtureIds))
    .orderBy(asc(matches.fixture_id), asc(matches.match_order));
}

export async function insertMatch(db: Executor, values: typeof matches.$inferInsert) {
  const [row] = await db.insert(matches).values(values).returning();
  return row!;
}

/** The registrations of these players in the season, with their rank's numbers for handicaps. */
export async function findRegistrations(db: Executor, seasonId: string, playerIds: string[]) {
  return db
    .select({
      id: playerSeasons.id,
      player_id: playerSeasons.player_id,
      team_id: playerSeasons.team_id,
      status: playerSeasons.status,
      rank_id: playerSeasons.rank_id,
      rank_order: ranks.sort_order,
    })
    .from(playerSeasons)
    .innerJoin(ranks, eq(ranks.id, playerSeasons.rank_id))
    .where(and(eq(playerSeasons.season_id, seasonId), inArray(playerSeasons.player_id, playerIds)));
}

export async function countUnrecorded(db: Executor, fixtureId: string) {
  const [row] = await db
    .select({ total: sql<number>`count(*)::int` })
    .from(matches)
    .where(and(eq(matches.fixture_id, fixtureId), sql`${matches.recorded_at} IS NULL`));
  return row?.total ?? 0;
}
