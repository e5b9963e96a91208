import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './helpers/app.js';
import { integrity, newFixture, newLeague, newMatch, recordResult } from './helpers/factories.js';

let t: TestApp;
beforeAll(async () => {
  // A larger pool than the default so requests really overlap inside the database.
  t = await createTestApp({ DB_POOL_MAX: '20' });
});
afterAll(() => t.close());

describe('results under concurrency', () => {
  it('counts every distinct match once and keeps the invariant when matches share players', async () => {
    const { season, teams, rosters } = await newLeague(t, { teams: 2, perTeam: 3 });
    const [home, guest] = [rosters[0]!, rosters[1]!];
    // Every home player meets every guest player in several fixtures: heavy overlap of locked rows.
    const matches: string[] = [];
    for (let round = 1; round <= 3; round++) {
      const fixture = await newFixture(t, {
        season_id: season.id,
        home_team_id: teams[0]!.id,
        guest_team_id: teams[1]!.id,
        round,
      });
      let order = 1;
      for (const h of home) {
        for (const g of guest) {
          if (order > 9) break;
          matches.push((await newMatch(t, fixture.id, order++, [h.player_id], [g.player_id])).id);
        }
      }
    }
    const results = await Promise.all(
      matches.map((id, i) =>
        i % 2 === 0
          ? recordResult(t, id, [11, 11, 11], [5, 6, 7])
          : recordResult(t, id, [5, 6, 7], [11, 11, 11]),
      ),
    );
    expect(results.map((r) => r.statusCode)).toEqual(matches.map(() => 200));

    const board = (
      await t.request({ method: 'GET', url: `/api/v1/seasons/${season.id}/leaderboard?limit=200` })
    ).json();
    const played = board.data.reduce(
      (sum: number, row: { matches_played: number }) => sum + row.matches_played,
      0,
    );
    expect(played).toBe(matches.length * 2);
    const points = board.data.reduce(
      (sum: number, row: { accumulated_points: number }) => sum + row.accumulated_points,
      0,
    );
    expect(points).toBe(matches.length * 150);
    const report = await integrity(t);
    expect(report.violations).toEqual([]);
    expect(report.ok).toBe(true);
    // The win/loss counters the leaderboard sorts by are kept by the same transactions: they must agree
    // with the matches themselves.
    const drift = await t.database.sql`
      SELECT ps.id FROM player_seasons ps
      LEFT JOIN LATERAL (
        SELECT count(*) FILTER (WHERE (m.winner_team_id = f.home_team_id) = (ps.player_id IN (m.home_player1_id, coalesce(m.home_player2_id, m.home_player1_id)))) AS wins,
               count(*) AS played
        FROM matches m JOIN fixtures f ON f.id = m.fixture_id
        WHERE f.season_id = ps.season_id AND m.recorded_at IS NOT NULL
          AND ps.player_id IN (m.home_player1_id, m.home_player2_id, m.guest_player1_id, m.guest_player2_id)
      ) c ON true
      WHERE ps.season_id = ${season.id} AND (ps.wins <> c.wins OR ps.matches_played <> c.played)`;
    expect(drift).toEqual([]);
    await t.request({
      method: 'POST',
      url: `/api/v1/seasons/${season.id}/finish`,
      as: 'admin',
      payload: { force: true, reason: 'done' },
    });
  });

  it('lets exactly one of many simultaneous posts of one match through', async () => {
    const { season, teams, rosters } = await newLeague(t, { teams: 2, perTeam: 1 });
    const fixture = await newFixture(t, {
      season_id: season.id,
      home_team_id: teams[0]!.id,
      guest_team_id: teams[1]!.id,
    });
    const match = await newMatch(t, fixture.id, 1, [rosters[0]![0]!.player_id], [rosters[1]![0]!.player_id]);
    const attempts = await Promise.all(
      Array.from({ length: 12 }, () => recordResult(t, match.id, [11, 11, 11], [9, 9, 9])),
    );
    const codes = attempts.map((r) => r.statusCode).sort();
    expect(codes.filter((c) => c === 200)).toHaveLength(1);
    expect(codes.filter((c) => c === 409)).toHaveLength(11);
    for (const r of attempts.filter((a) => a.statusCode === 409))
      expect(r.json().error_code).toBe('MATCH_ALREADY_RECORDED');

    const ps = (
      await t.request({ method: 'GET', url: `/api/v1/player-seasons/${rosters[0]![0]!.id}` })
    ).json().data;
    expect(ps).toMatchObject({ accumulated_points: 100, matches_played: 1 });
    expect((await integrity(t)).ok).toBe(true);
    await t.request({
      method: 'POST',
      url: `/api/v1/seasons/${season.id}/finish`,
      as: 'admin',
      payload: { force: true, reason: 'done' },
    });
  });

  it('replays simultaneous repeats with one Idempotency-Key without applying twice', async () => {
    const { season, rosters } = await newLeague(t, { teams: 2, perTeam: 1 });
    const ps = rosters[0]![0]!;
    const attempts = await Promise.all(
      Array.from({ length: 8 }, () =>
        t.request({
          method: 'POST',
          url: '/api/v1/points/adjust',
          as: 'admin',
          payload: { player_season_id: ps.id, delta_points: 7, reason: 'bonus' },
          headers: { 'idempotency-key': 'same-key-everywhere' },
        }),
      ),
    );
    // One runs; the others either replay its answer or are told it is still in progress. Never twice.
    for (const a of attempts) expect([201, 409]).toContain(a.statusCode);
    const after = (await t.request({ method: 'GET', url: `/api/v1/player-seasons/${ps.id}` })).json().data;
    expect(after.accumulated_points).toBe(7);
    await t.request({
      method: 'POST',
      url: `/api/v1/seasons/${season.id}/finish`,
      as: 'admin',
      payload: { force: true, reason: 'done' },
    });
  });
});

describe('atomicity', () => {
  it('leaves no trace when the log insert fails in the middle of recording', async () => {
    const { season, teams, rosters } = await newLeague(t, { teams: 2, perTeam: 1 });
    const fixture = await newFixture(t, {
      season_id: season.id,
      home_team_id: teams[0]!.id,
      guest_team_id: teams[1]!.id,
    });
    const match = await newMatch(t, fixture.id, 1, [rosters[0]![0]!.player_id], [rosters[1]![0]!.player_id]);
    const sql = t.database.sql;
    // An injected fault: a constraint the log insert of this one match violates.
    await sql.unsafe(
      `ALTER TABLE player_point_logs ADD CONSTRAINT test_injected_fault CHECK (ref_id IS DISTINCT FROM '${match.id}'::uuid) NOT VALID`,
    );
    try {
      const failed = await recordResult(t, match.id, [11, 11, 11], [1, 1, 1]);
      expect(failed.statusCode).toBeGreaterThanOrEqual(400);
      const [points] =
        await sql`SELECT sum(accumulated_points)::float8 AS total, sum(matches_played)::int AS played FROM player_seasons WHERE season_id = ${season.id}`;
      expect(points).toEqual({ total: 0, played: 0 });
      const [logCount] =
        await sql`SELECT count(*)::int AS n FROM player_point_logs WHERE ref_id = ${match.id}`;
      expect(logCount!.n).toBe(0);
      const [matchRow] = await sql`SELECT recorded_at, home_sets FROM matches WHERE id = ${match.id}`;
      expect(matchRow).toEqual({ recorded_at: null, home_sets: null });
      const [fixtureRow] = await sql`SELECT status, home_score FROM fixtures WHERE id = ${fixture.id}`;
      expect(fixtureRow).toEqual({ status: 'SCHEDULED', home_score: 0 });
      const [audit] =
        await sql`SELECT count(*)::int AS n FROM audit_events WHERE entity_id = ${match.id} AND action = 'result.record'`;
      expect(audit!.n).toBe(0);
    } finally {
      await sql.unsafe('ALTER TABLE player_point_logs DROP CONSTRAINT test_injected_fault');
    }
    expect((await recordResult(t, match.id, [11, 11, 11], [1, 1, 1])).statusCode).toBe(200);
    expect((await integrity(t)).ok).toBe(true);
  });
});
