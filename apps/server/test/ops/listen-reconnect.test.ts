import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { finishActiveSeason, newLeague } from '../helpers/factories.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await finishActiveSeason(t);
  await t.close();
});

async function leaderboardNames(seasonId: string): Promise<string[]> {
  const response = await t.request({ method: 'GET', url: `/api/v1/seasons/${seasonId}/leaderboard` });
  return (response.json().data as Array<{ player_name: string }>).map((row) => row.player_name);
}

describe('invalidation across a lost LISTEN connection (item 5)', () => {
  it('drops the caches when LISTEN comes back, so a write missed in the gap is not served stale', async () => {
    const { season, rosters } = await newLeague(t, { teams: 2, perTeam: 1 });
    expect(await leaderboardNames(season.id)).toHaveLength(2);
    const sql = t.database.sql;
    // A write this instance never hears about (as if made by another instance while LISTEN was down).
    await sql`UPDATE players SET full_name = 'Renamed In The Gap' WHERE id = ${rosters[0]![0]!.player_id}`;
    expect(await leaderboardNames(season.id)).not.toContain('Renamed In The Gap');

    const before = t.app.events.reconnects;
    await sql`
      SELECT pg_terminate_backend(pid) FROM pg_stat_activity
       WHERE datname = current_database() AND query ILIKE 'listen%' AND pid <> pg_backend_pid()`;
    const until = Date.now() + 20_000;
    while (t.app.events.reconnects === before && Date.now() < until) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(t.app.events.reconnects).toBe(before + 1);
    expect(await leaderboardNames(season.id)).toContain('Renamed In The Gap');
  });

  it('counts and logs a NOTIFY that failed', async () => {
    const before = t.app.events.notifyFailures;
    // A payload PostgreSQL refuses (over 8000 bytes) fails like a NOTIFY on a dead connection does.
    t.app.events.publish({ type: 'league_changed', season_id: 'x'.repeat(9000) });
    const until = Date.now() + 5_000;
    while (t.app.events.notifyFailures === before && Date.now() < until) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(t.app.events.notifyFailures).toBe(before + 1);
    const metrics = await t.request({ method: 'GET', url: '/metrics' });
    expect(metrics.body).toMatch(/pingpong_notify_failures \d+/);
  });
});
