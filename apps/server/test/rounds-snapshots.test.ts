import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './helpers/app.js';
import {
  finishSeason,
  integrity,
  newFixture,
  newLeague,
  newMatch,
  newPlayer,
  recordResult,
  registerPlayer,
} from './helpers/factories.js';
import { closeRound, getJson } from './helpers/rounds.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

type Row = { player_season_id: string; position: number; movement: string; accumulated_points: number };
const byId = (rows: Row[]) => Object.fromEntries(rows.map((row) => [row.player_season_id, row]));

describe('round snapshots', () => {
  it('keep round 1 as it was while round 2 records, voids and adjusts, and measure movement', async () => {
    const { season, teams, rosters } = await newLeague(t, { perTeam: 2 });
    const [home, guest] = teams;
    const [h1, h2] = rosters[0]!;
    const [g1, g2] = rosters[1]!;
    const base = `/api/v1/seasons/${season.id}`;

    const f1 = await newFixture(t, {
      season_id: season.id,
      round: 1,
      home_team_id: home!.id,
      guest_team_id: guest!.id,
    });
    const m1 = await newMatch(t, f1.id, 1, [h1!.player_id], [g1!.player_id]);
    const m2 = await newMatch(t, f1.id, 2, [h2!.player_id], [g2!.player_id]);
    await recordResult(t, m1.id, [11, 11, 11], [5, 6, 7]);
    await recordResult(t, m2.id, [11, 5, 9, 8], [9, 11, 11, 11]);
    const f2 = await newFixture(t, {
      season_id: season.id,
      round: 2,
      home_team_id: guest!.id,
      guest_team_id: home!.id,
    });
    const liveStandings = await getJson(t, `${base}/standings`);
    const liveLeaderboard = await getJson(t, `${base}/leaderboard`);

    await closeRound(t, season.id, 1);
    const round1 = await getJson(t, `${base}/rounds/1/leaderboard`);
    const round1Standings = await getJson(t, `${base}/rounds/1/standings`);

    expect(round1.snapshot).toMatchObject({ season_id: season.id, round: 1, previous_round: null });
    expect(round1.meta).toEqual({ total: 4, limit: 50, offset: 0 });
    const first = byId(round1.data);
    expect(first[h1!.id]).toMatchObject({ position: 1, accumulated_points: 100, wins: 1, movement: 'new' });
    expect(first[g2!.id]).toMatchObject({ position: 1, accumulated_points: 100, wins: 1, movement: 'new' });
    expect(first[h2!.id]).toMatchObject({
      position: 3,
      accumulated_points: 50,
      losses: 1,
      previous_position: null,
    });
    expect(first[g1!.id]).toMatchObject({
      position: 3,
      accumulated_points: 50,
      rank_id: 'B2',
      rank_change: null,
    });
    // The snapshot is the live table at the moment of finalization.
    for (const live of liveLeaderboard.data) {
      expect(first[live.player_season_id]).toMatchObject({
        position: live.position,
        rating: live.rating,
        accumulated_points: live.accumulated_points,
        team_name: live.team_name,
      });
    }
    expect(
      round1Standings.data.map(({ movement, previous_position, ...row }: Record<string, unknown>) => {
        expect([movement, previous_position]).toEqual(['new', null]);
        return row;
      }),
    ).toEqual(
      // The live table also says which division a team plays in and whether it withdrew (SPEC §6).
      liveStandings.data.map(({ withdrawn, ...row }: Record<string, unknown>) => {
        expect(withdrawn).toBe(false);
        return row;
      }),
    );
    expect(round1Standings.data[0]).toMatchObject({
      team_id: home!.id,
      position: 1,
      drawn: 1,
      points: 1,
      sets_won: 4,
    });

    // Round 2: results, a void and a re-record, a bonus, and a newcomer.
    const m3 = await newMatch(t, f2.id, 1, [g1!.player_id], [h1!.player_id]);
    const m4 = await newMatch(t, f2.id, 2, [g2!.player_id], [h2!.player_id]);
    await recordResult(t, m3.id, [11, 11, 11], [1, 2, 3]);
    await recordResult(t, m4.id, [3, 3, 3], [11, 11, 11]);
    const voided = await t.request({
      method: 'POST',
      url: `/api/v1/matches/${m4.id}/result/void`,
      as: 'admin',
      payload: { reason: 'wrong sheet' },
    });
    expect(voided.statusCode).toBe(200);
    await recordResult(t, m4.id, [3, 3, 3], [11, 11, 11]);
    const bonus = await t.request({
      method: 'POST',
      url: '/api/v1/points/adjust',
      as: 'admin',
      payload: { player_season_id: g1!.id, delta_points: 30, reason: 'Fair play', source: 'BONUS' },
    });
    expect(bonus.statusCode).toBe(201);
    const newcomer = await registerPlayer(t, season.id, {
      player_id: (await newPlayer(t)).id,
      team_id: home!.id,
    });

    expect(await getJson(t, `${base}/rounds/1/leaderboard`)).toEqual(round1);
    expect(await getJson(t, `${base}/rounds/1/standings`)).toEqual(round1Standings);
    expect((await getJson(t, `${base}/leaderboard`)).data).not.toEqual(liveLeaderboard.data);

    await closeRound(t, season.id, 2);
    const round2 = await getJson(t, `${base}/rounds/2/leaderboard`);
    expect(round2.snapshot).toMatchObject({ round: 2, previous_round: 1 });
    const second = byId(round2.data);
    // g1: 50 + 100 + 30 = 180, alone on top; h1, h2 and g2 on 150 with one win each share second place.
    expect(second[g1!.id]).toMatchObject({
      position: 1,
      previous_position: 3,
      movement: 'up',
      accumulated_points: 180,
    });
    expect(second[h1!.id]).toMatchObject({
      position: 2,
      previous_position: 1,
      movement: 'down',
      accumulated_points: 150,
    });
    expect(second[g2!.id]).toMatchObject({ position: 2, previous_position: 1, movement: 'down' });
    expect(second[h2!.id]).toMatchObject({ position: 2, previous_position: 3, movement: 'up' });
    expect(second[newcomer.id]).toMatchObject({ position: 5, previous_position: null, movement: 'new' });

    const standings2 = await getJson(t, `${base}/rounds/2/standings`);
    expect(
      standings2.data.map((row: { team_id: string; movement: string }) => [row.team_id, row.movement]),
    ).toEqual([
      [home!.id, 'same'],
      [guest!.id, 'same'],
    ]);
    expect(standings2.data[0]).toMatchObject({ played: 2, drawn: 2, points: 2 });

    // Filters keep league positions (they were stored), and paging counts the filtered rows.
    const homeOnly = await getJson(t, `${base}/rounds/2/leaderboard?team_id=${home!.id}&limit=2`);
    expect(homeOnly.meta).toEqual({ total: 3, limit: 2, offset: 0 });
    expect(homeOnly.data.map((row: Row) => row.position)).toEqual([2, 2]);
    const page2 = await getJson(t, `${base}/rounds/2/leaderboard?limit=2&offset=4`);
    expect(page2.data.map((row: Row) => row.player_season_id)).toEqual([newcomer.id]);
    expect((await getJson(t, `${base}/rounds/2/leaderboard?rank_id=A1`)).data).toEqual([]);

    expect((await integrity(t)).ok).toBe(true);
    expect((await finishSeason(t, season.id)).statusCode).toBe(200);
  });
});
