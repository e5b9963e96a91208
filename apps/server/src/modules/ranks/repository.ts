import { asc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { ranks } from '../../db/schema/index.js';

export type RankChanges = Partial<
  Pick<
    typeof ranks.$inferInsert,
    'min_score' | 'max_score' | 'standard_score' | 'description' | 'promotion_buffer' | 'relegation_buffer'
  >
>;

const columns = {
  id: ranks.id,
  sort_order: ranks.sort_order,
  min_score: ranks.min_score,
  max_score: ranks.max_score,
  standard_score: ranks.standard_score,
  description: ranks.description,
  promotion_buffer: ranks.promotion_buffer,
  relegation_buffer: ranks.relegation_buffer,
};

export const listRanks = (db: Executor) => db.select(columns).from(ranks).orderBy(asc(ranks.sort_order));

export async function lockRank(db: Executor, id: string) {
  const [row] = await db.select(columns).from(ranks).where(eq(ranks.id, id)).for('update');
  return row;
}

export async function updateRank(db: Executor, id: string, changes: RankChanges) {
  const [row] = await db
    .update(ranks)
    .set({ ...changes, updated_at: sql`now()` })
    .where(eq(ranks.id, id))
    .returning(columns);
  return row!;
}
