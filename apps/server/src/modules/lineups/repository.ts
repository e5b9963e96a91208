import type { PlannedMatch } from '@pingpong/domain';
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { fixtureLineups, matches } from '../../db/schema/index.js';

export type LineupRow = typeof fixtureLineups.$inferSelect;

export async function findLineups(db: Executor, fixtureId: string): Promise<LineupRow[]> {
  return db.select().from(fixtureLineups).where(eq(fixtureLineups.fixture_id, fixtureId));
}

export async function upsertLineup(db: Executor, values: typeof fixtureLineups.$inferInsert) {
  const [row] = await db
    .insert(fixtureLineups)
    .values(values)
    .onConflictDoUpdate({
      target: [fixtureLineups.fixture_id, fixtureLineups.side],
      set: {
        positions: values.positions,
        doubles: values.doubles ?? null,
        submitted_by: values.submitted_by,
        updated_at: sql`now()`,
      },
    })
    .returning();
  return row!;
}

export async function matchResults(db: Executor, fixtureId: string) {
  return db
    .select({ id: matches.id, match_type: matches.match_type, recorded_at: matches.recorded_at })
    .from(matches)
    .where(eq(matches.fixture_id, fixtureId));
}

/** The format's matches, all at once: the caller holds the fixture lock, so this happens once. */
export async function insertPlannedMatches(db: Executor, fixtureId: string, planned: PlannedMatch[]) {
  return db
    .insert(matches)
    .values(
      planned.map((m) => ({
        fixture_id: fixtureId,
        match_order: m.match_order,
        match_type: m.match_type,
        home_position: m.home_position,
        guest_position: m.guest_position,
        home_player1_id: m.home[0],
        home_player2_id: m.home[1],
        guest_player1_id: m.guest[0],
        guest_player2_id: m.guest[1],
      })),
    )
    .returning({ id: matches.id });
}

/** A changed lineup moves its side's players in the matches still without a result. */
export async function updateSidePlayers(
  db: Executor,
  fixtureId: string,
  side: 'home' | 'guest',
  planned: PlannedMatch[],
) {
  for (const m of planned) {
    const players =
      side === 'home'
        ? { home_player1_id: m.home[0], home_player2_id: m.home[1] }
        : { guest_player1_id: m.guest[0], guest_player2_id: m.guest[1] };
    await db
      .update(matches)
      .set({ ...players, updated_at: sql`now()` })
      .where(
        and(
          eq(matches.fixture_id, fixtureId),
          eq(matches.match_order, m.match_order),
          isNull(matches.recorded_at),
        ),
      );
  }
}
