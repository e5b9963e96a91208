import { and, asc, count, desc, eq, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { players } from '../../db/schema/index.js';
import { escapeLike } from '../../lib/text.js';

export type PlayerRow = typeof players.$inferSelect;
export type PlayerValues = Partial<Omit<PlayerRow, 'id' | 'created_at' | 'updated_at'>>;

/**
 * Backed by the trigram index on search_text(full_name): case and diacritics are folded on both sides
 * ("dung" finds "Dũng"). `column` names players.full_name under another alias (the leaderboard's `p`).
 */
export const nameContains = (q: string, column: SQL = sql`${players.full_name}`) =>
  sql`search_text(${column}) LIKE '%' || search_text(${escapeLike(q)}) || '%'`;

export async function listPlayers(
  db: Executor,
  filter: { q?: string; isActive?: boolean },
  limit: number,
  offset: number,
) {
  const where = and(
    filter.q ? nameContains(filter.q) : undefined,
    filter.isActive === undefined ? undefined : eq(players.is_active, filter.isActive),
  );
  const order = filter.q
    ? [
        desc(sql`similarity(search_text(${players.full_name}), search_text(${filter.q}))`),
        asc(players.full_name),
      ]
    : [asc(players.full_name)];
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(players)
      .where(where)
      .orderBy(...order, asc(players.id))
      .limit(limit)
      .offset(offset),
    db.select({ total: count() }).from(players).where(where),
  ]);
  return { rows, total: total?.total ?? 0 };
}

export async function findPlayer(db: Executor, id: string, lock = false): Promise<PlayerRow | undefined> {
  const query = db.select().from(players).where(eq(players.id, id));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

export async function insertPlayer(db: Executor, values: PlayerValues & { full_name: string }) {
  const [row] = await db.insert(players).values(values).returning();
  return row!;
}

export async function updatePlayer(db: Executor, id: string, values: PlayerValues) {
  const [row] = await db
    .update(players)
    .set({ ...values, updated_at: sql`now()` })
    .where(eq(players.id, id))
    .returning();
  return row;
}
