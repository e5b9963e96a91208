import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './helpers/app.js';
import {
  enterTeam,
  finishSeason,
  integrity,
  newFixture,
  newMatch,
  newPlayer,
  newSeason,
  newTeam,
  recordResult,
  registerPlayer,
} from './helpers/factories.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('team standings', () => {
  it('counts league points, matches, sets and balls from recorded fixtures, with a draw', async () => {
    const season = await newSeason(t, { start: true, rules: { best_of: 3 } });
    const teams = [];
    const players: string[][] = [];
    for (const name of ['Alpha', 'Bravo', 'Charlie']) {
      const team = await newTeam(t, { name: `${name} ${season.id.slice(0, 4)}` });
      await enterTeam(t, season.id, team.id);
      teams.push(team);
      const roster = [];
      for (let i = 0; i < 2; i++) {
        const player = await newPlayer(t);
        await registerPlayer(t, season.id, { player_id: player.id, team_id: team.id });
        roster.push(player.id);
      }
      players.push(roster);
    }
    const [a, b, c] = teams;
    // Alpha beats Bravo 2-0; Bravo and Charlie draw 1-1; Charlie is not otherwise played.
    const ab = await newFixture(t, { season_id: season.id, home_team_id: a!.id, guest_team_id: b!.id });
    const m1 = await newMatch(t, ab.id, 1, [players[0]![0]!], [players[1]![0]!]);
    const m2 = await newMatch(t, ab.id, 2, [players[0]![1]!], [players[1]![1]!]);
    await recordResult(t, m1.id, [11, 11], [5, 7]);
    await recordResult(t, m2.id, [9, 11, 11], [11, 8, 6]);
    const bc = await newFixture(t, {
      season_id: season.id,
      home_team_id: b!.id,
      guest_team_id: c!.id,
      round: 2,
    });
    const m3 = await newMatch(t, bc.id, 1, [players[1]![0]!], [players[2]![0]!]);
    const m4 = await newMatch(t, bc.id, 2, [players[1]![1]!], [players[2]![1]!]);
    await recordResult(t, m3.id, [11, 11], [3, 4]);
    await recordResult(t, m4.id, [4, 6], [11, 11]);

    const response = await t.request({ method: 'GET', url: `/api/v1/seasons/${season.id}/standings` });
    expect(response.statusCode).toBe(200);
    expect(response.headers.etag).toBeTruthy();
    const rows = response.json().data;
    expect(rows.map((r: { team_id: string }) => r.team_id)).toEqual([a!.id, c!.id, b!.id]);
    expect(rows[0]).toMatchObject({
      position: 1,
      played: 1,
      won: 1,
      drawn: 0,
      lost: 0,
      points: 2,
      matches_won: 2,
      matches_lost: 0,
      sets_won: 4,
      sets_lost: 1,
      balls_won: 53,
      balls_lost: 37,
    });
    expect(rows[1]).toMatchObject({
      position: 2,
      played: 1,
      drawn: 1,
      points: 1,
      matches_won: 1,
      matches_lost: 1,
      sets_won: 2,
      sets_lost: 2,
      balls_won: 29,
      balls_lost: 32,
    });
    expect(rows[2]).toMatchObject({
      position: 3,
      played: 2,
      lost: 1,
      drawn: 1,
      points: 1,
      matches_won: 1,
      matches_lost: 3,
    });
    expect(rows[0].team_name).toBe(a!.name);
    expect((await integrity(t)).ok).toBe(true);
    await finishSeason(t, season.id);
  });
});

describe('integrity report', () => {
  it('lists a player_season whose balance no longer matches its logs', async () => {
    const season = await newSeason(t, { start: true });
    const team = await newTeam(t);
    await enterTeam(t, season.id, team.id);
    const ps = await registerPlayer(t, season.id, {
      player_id: (await newPlayer(t)).id,
      team_id: team.id,
      opening_points: 40,
    });
    expect((await integrity(t)).ok).toBe(true);
    // Tampering straight in the database, as a bug or an operator might: exactly what the check exists for.
    await t.database
      .sql`UPDATE player_seasons SET accumulated_points = accumulated_points + 5 WHERE id = ${ps.id}`;
    const report = await integrity(t);
    expect(report.ok).toBe(false);
    expect(report.violations).toEqual([
      { player_season_id: ps.id, accumulated_points: 45, log_sum: 40, last_balance_after: 40 },
    ]);
    expect(report.checked).toBeGreaterThanOrEqual(1);
    await t.database
      .sql`UPDATE player_seasons SET accumulated_points = accumulated_points - 5 WHERE id = ${ps.id}`;
    expect((await integrity(t)).ok).toBe(true);
    expect(
      (await t.request({ method: 'GET', url: '/api/v1/admin/integrity', as: 'moderator' })).statusCode,
    ).toBe(403);
    await finishSeason(t, season.id);
  });
});
