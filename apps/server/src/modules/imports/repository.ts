import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { playerImports, players, ranks, seasonTeams, stagingPlayers, teams } from '../../db/schema/index.js';
import { OPENING_REASON } from '../registrations/repository.js';
import type { RowProblem, StagedValues } from './validate.js';

const BATCH = 1_000;

export async function lookups(db: Executor, cccds: string[]) {
  const [teamRows, rankRows, existing] = await Promise.all([
    db.select({ name: teams.name }).from(teams),
    db.select().from(ranks),
    cccds.length === 0
      ? Promise.resolve([])
      : db.select({ cccd: players.cccd }).from(players).where(inArray(players.cccd, cccds)),
  ]);
  return { teamRows, rankRows, existing: existing.map((row) => row.cccd!).filter(Boolean) };
}

export async function insertImport(db: Executor, values: typeof playerImports.$inferInsert) {
  const [row] = await db.insert(playerImports).values(values).returning();
  return row!;
}

export async function insertStagedRows(
  db: Executor,
  batchId: string,
  actorId: string | null,
  rows: Array<{ values: StagedValues; problems: RowProblem[] }>,
) {
  for (let start = 0; start < rows.length; start += BATCH) {
    await db.insert(stagingPlayers).values(
      rows.slice(start, start + BATCH).map((row, i) => ({
        batch_id: batchId,
        row_number: start + i + 2, // the header is row 1, as a spreadsheet shows it
        ...row.values,
        problems: row.problems,
        created_by: actorId,
      })),
    );
  }
}

export async function findImport(db: Executor, id: string, lock = false) {
  const query = db.select().from(playerImports).where(eq(playerImports.id, id));
  const [row] = await (lock ? query.for('update') : query);
  return row;
}

export async function stagedRows(db: Executor, batchId: string, which: 'valid' | 'invalid', limit: number) {
  const valid = sql`${stagingPlayers.problems} = '[]'::jsonb`;
  return db
    .select()
    .from(stagingPlayers)
    .where(and(eq(stagingPlayers.batch_id, batchId), which === 'valid' ? valid : sql`NOT (${valid})`))
    .orderBy(asc(stagingPlayers.row_number))
    .limit(limit);
}

export async function seasonTeamIds(db: Executor, seasonId: string) {
  return db
    .select({ id: teams.id, name: teams.name })
    .from(seasonTeams)
    .innerJoin(teams, eq(teams.id, seasonTeams.team_id))
    .where(eq(seasonTeams.season_id, seasonId));
}

export interface CommitRow {
  staging_id: string;
  player_id: string;
  player_season_id: string;
  full_name: string;
  birth_year: number | null;
  gender: string | null;
  phone: string | null;
  cccd: string | null;
  team_id: string;
  rank_id: string;
  rating: number;
  opening_points: number;
}

const json = (rows: unknown[]) => sql`${JSON.stringify(rows)}::text::json`;

/**
 * Creates the players and registers them, set-based (one statement per table whatever the file's size),
 * with what a registration through the API writes: the INITIAL log and the rank history row.
 */
export async function createAndRegister(
  tx: Executor,
  seasonId: string,
  actorId: string | null,
  rows: CommitRow[],
) {
  await tx.execute(sql`
    INSERT INTO players (id, full_name, birth_year, gender, phone, cccd)
    SELECT id, full_name, birth_year, gender, phone, cccd FROM json_to_recordset(${json(
      rows.map((r) => ({ id: r.player_id, ...r })),
    )}) AS x(id uuid, full_name text, birth_year smallint, gender text, phone text, cccd text)`);
  await tx.execute(sql`
    INSERT INTO player_seasons (id, season_id, player_id, team_id, rank_id, rating, accumulated_points, display_order)
    SELECT player_season_id, ${seasonId}::uuid, player_id, team_id, rank_id, rating, opening_points, 0
      FROM json_to_recordset(${json(rows)})
        AS x(player_season_id uuid, player_id uuid, team_id uuid, rank_id text, rating numeric, opening_points numeric)`);
  await tx.execute(sql`
    INSERT INTO player_point_logs (player_season_id, delta_points, balance_after, reason, source, actor_id)
    SELECT player_season_id, opening_points, opening_points, ${OPENING_REASON}::text, 'INITIAL', ${actorId}::uuid
      FROM json_to_recordset(${json(rows)}) AS x(player_season_id uuid, opening_points numeric)`);
  await tx.execute(sql`
    INSERT INTO player_rank_history (player_season_id, player_id, season_id, to_rank_id, rating, reason, actor_id)
    SELECT player_season_id, player_id, ${seasonId}::uuid, rank_id, rating, 'REGISTRATION', ${actorId}::uuid
      FROM json_to_recordset(${json(rows)}) AS x(player_season_id uuid, player_id uuid, rank_id text, rating numeric)`);
  await tx.execute(sql`
    UPDATE staging_players s SET player_id = x.player_id
      FROM json_to_recordset(${json(rows)}) AS x(staging_id uuid, player_id uuid)
     WHERE s.id = x.staging_id`);
}

export async function markCommitted(tx: Executor, id: string, seasonId: string, count: number) {
  await tx
    .update(playerImports)
    .set({ status: 'COMMITTED', season_id: seasonId, committed_rows: count, committed_at: sql`now()` })
    .where(eq(playerImports.id, id));
}
