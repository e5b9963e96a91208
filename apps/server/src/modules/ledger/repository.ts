import type { PointChange } from '@pingpong/domain';
import { sql } from 'drizzle-orm';
import { type Executor, pgArray, rawSql } from '../../db/client.js';

/**
 * The point ledger: the only code that changes a player_season's points, rating and counters, always
 * together with the point log that explains the change (SPEC §3 invariant). Results, forfeits,
 * walkovers and adjustments all write through here, and undo through `undoByRef`.
 */
export type { PointChange };

export type LockedPlayerSeason = {
  id: string;
  player_id: string;
  accumulated_points: string;
  rating: string;
  rank_id: string;
};

/** Locks in id order: every writer takes player rows in the same order, so overlapping results cannot deadlock. */
export async function lockPlayerSeasons(
  db: Executor,
  seasonId: string,
  playerIds: string[],
): Promise<LockedPlayerSeason[]> {
  return db.execute<LockedPlayerSeason>(sql`
    SELECT id, player_id, accumulated_points, rating, rank_id
    FROM player_seasons
    WHERE season_id = ${seasonId} AND player_id IN (${sql.join(
      playerIds.map((id) => sql`${id}::uuid`),
      sql`, `,
    )})
    ORDER BY id
    FOR UPDATE`) as Promise<LockedPlayerSeason[]>;
}

export interface LogEntry {
  reason: string;
  source: 'MATCH' | 'CORRECTION' | 'ADMIN_ADJUST' | 'PENALTY' | 'BONUS';
  refId: string | null;
  actorId: string | null;
}

/**
 * One statement for points, ratings, win/loss counters and the point logs: the increments happen in
 * the database (never read-modify-write), and each log's balance_after is the row's new balance.
 */
export async function applyPointChanges(db: Executor, changes: PointChange[], entry: LogEntry) {
  // Arrays, not a VALUES list per change: one statement text whatever the number of players (prepared once).
  return rawSql(db)<{ id: string; accumulated_points: string; rating: string }[]>`
    WITH change(id, delta, rating_delta, won, lost) AS (
      SELECT * FROM unnest(${pgArray(changes.map((c) => c.playerSeasonId))}::uuid[], ${pgArray(changes.map((c) => c.deltaPoints))}::numeric[],
                           ${pgArray(changes.map((c) => c.ratingDelta))}::numeric[], ${pgArray(changes.map((c) => c.won))}::int[],
                           ${pgArray(changes.map((c) => c.lost))}::int[])
    ),
    updated AS (
      UPDATE player_seasons ps SET
        accumulated_points = ps.accumulated_points + change.delta,
        rating = ps.rating + change.rating_delta,
        wins = ps.wins + change.won,
        losses = ps.losses + change.lost,
        matches_played = ps.matches_played + change.won + change.lost,
        updated_at = now()
      FROM change
      WHERE ps.id = change.id
      RETURNING ps.id, ps.accumulated_points, ps.rating, change.delta
    ),
    logged AS (
      INSERT INTO player_point_logs (player_season_id, delta_points, balance_after, reason, source, ref_id, actor_id)
      SELECT id, delta, accumulated_points, ${entry.reason}, ${entry.source}, ${entry.refId}, ${entry.actorId}
      FROM updated
      RETURNING id
    )
    SELECT id, accumulated_points::text, rating::text FROM updated`;
}

/**
 * Net points each player_season holds under this ref id (a match), from the logs: what an undo takes
 * back, and what the void dialog shows before it does.
 */
export async function netByRef(db: Executor, refId: string) {
  return db.execute<NetByRef>(sql`
    SELECT l.player_season_id, ps.player_id, p.full_name AS player_name, sum(l.delta_points) AS total
    FROM player_point_logs l
    JOIN player_seasons ps ON ps.id = l.player_season_id
    JOIN players p ON p.id = ps.player_id
    WHERE l.ref_id = ${refId}
    GROUP BY l.player_season_id, ps.player_id, p.full_name`) as unknown as Promise<NetByRef[]>;
}

type NetByRef = { player_season_id: string; player_id: string; player_name: string; total: string };

export interface Undo {
  /** Rating and counters the ledger's logs do not carry, per player id (from the match's snapshots). */
  rating?: (playerId: string) => number;
  counters?: (playerId: string) => { won: number; lost: number };
}

/**
 * The one way to undo what a ref_id gave: compensating logs of the net the logs say it still holds (so
 * a result, a forfeit and a walkover undo alike, and an undo logged under the same ref_id cannot be
 * undone twice), with the rating and counter moves the caller names. Refuses through `refuse` when a
 * later penalty left less than the undo takes back.
 */
export async function undoByRef(
  db: Executor,
  seasonId: string,
  refId: string,
  players: string[],
  entry: Omit<LogEntry, 'refId'>,
  undo: Undo,
  refuse: (balance: number, delta: number) => Error,
) {
  const net = await netByRef(db, refId);
  const ids = [...new Set([...players, ...net.map((row) => row.player_id)])];
  if (ids.length === 0) return [];
  const locked = await lockPlayerSeasons(db, seasonId, ids);
  const given = new Map(net.map((row) => [row.player_season_id, Number(row.total)]));
  const changes = locked
    .map((row) => {
      const counters = undo.counters?.(row.player_id) ?? { won: 0, lost: 0 };
      return {
        playerSeasonId: row.id,
        deltaPoints: -(given.get(row.id) ?? 0),
        ratingDelta: -(undo.rating?.(row.player_id) ?? 0),
        won: -counters.won,
        lost: -counters.lost,
      };
    })
    .filter((c) => c.deltaPoints !== 0 || c.ratingDelta !== 0 || c.won !== 0 || c.lost !== 0);
  for (const change of changes) {
    const balance = Number(locked.find((row) => row.id === change.playerSeasonId)!.accumulated_points);
    if (Math.round((balance + change.deltaPoints) * 100) < 0) throw refuse(balance, change.deltaPoints);
  }
  if (changes.length > 0) await applyPointChanges(db, changes, { ...entry, refId });
  return changes.map((c) => c.playerSeasonId);
}
