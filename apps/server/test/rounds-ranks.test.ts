import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './helpers/app.js';
import {
  enterTeam,
  finishSeason,
  newFixture,
  newPlayer,
  newSeason,
  newTeam,
  registerPlayer,
} from './helpers/factories.js';
import { closeRound, getJson, patchFixture } from './helpers/rounds.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

type Change = {
  player_season_id: string;
  from_rank_id: string;
  to_rank_id: string;
  rating: number;
  reason: string;
};
const moves = (changes: Change[]) =>
  Object.fromEntries(changes.map((c) => [c.player_season_id, [c.from_rank_id, c.to_rank_id, c.reason]]));

describe('ranks at finalization (B2 = 1400–1699, buffers 25)', () => {
  it('promotes from exactly 1724 and relegates from exactly 1374, one tier per round, by the ranks table', async () => {
    const season = await newSeason(t, { start: true });
    const [a, b] = [await newTeam(t), await newTeam(t)];
    await enterTeam(t, season.id, a.id);
    await enterTeam(t, season.id, b.id);
    const register = async (team: string, rating: number) =>
      registerPlayer(t, season.id, {
        player_id: (await newPlayer(t)).id,
        team_id: team,
        rank_id: 'B2',
        rating,
      });
    const stays1723 = await register(a.id, 1723);
    const up1724 = await register(a.id, 1724);
    const climber = await register(a.id, 2600);
    const stays1375 = await register(b.id, 1375);
    const down1374 = await register(b.id, 1374);
    // Rounds whose only fixture is postponed: nothing is played, so the ratings stay exactly as registered.
    for (const round of [1, 2, 3]) {
      const fixture = await newFixture(t, {
        season_id: season.id,
        round,
        home_team_id: a.id,
        guest_team_id: b.id,
      });
      await patchFixture(t, fixture.id, { status: 'POSTPONED' });
    }
    const rankOf = async (id: string) => (await getJson(t, `/api/v1/player-seasons/${id}`)).data.rank_id;

    const round1 = await closeRound(t, season.id, 1);
    expect(moves(round1.rank_changes)).toEqual({
      [up1724.id]: ['B2', 'B1', 'PROMOTION'],
      [climber.id]: ['B2', 'B1', 'PROMOTION'],
      [down1374.id]: ['B2', 'B3', 'RELEGATION'],
    });
    expect(round1.rank_changes.find((c: Change) => c.player_season_id === up1724.id).rating).toBe(1724);
    expect(
      await Promise.all([stays1723, up1724, climber, stays1375, down1374].map((ps) => rankOf(ps.id))),
    ).toEqual(['B2', 'B1', 'B1', 'B2', 'B3']);

    const history = await getJson(t, `/api/v1/players/${up1724.player_id}/history`);
    expect(history.data.rank_history).toMatchObject([
      { round: null, from_rank_id: null, to_rank_id: 'B2', rating: 1724, reason: 'REGISTRATION' },
      {
        round: 1,
        from_rank_id: 'B2',
        to_rank_id: 'B1',
        rating: 1724,
        reason: 'PROMOTION',
        season_id: season.id,
      },
    ]);
    const table = await getJson(t, `/api/v1/seasons/${season.id}/rounds/1/leaderboard`);
    const row = (id: string) =>
      table.data.find((r: { player_season_id: string }) => r.player_season_id === id);
    expect(row(up1724.id)).toMatchObject({ rank_id: 'B1', rank_change: 'PROMOTION', rating: 1724 });
    expect(row(down1374.id)).toMatchObject({ rank_id: 'B3', rank_change: 'RELEGATION' });
    expect(row(stays1723.id)).toMatchObject({ rank_id: 'B2', rank_change: null });
    const live = await getJson(t, `/api/v1/seasons/${season.id}/leaderboard?rank_id=B1`);
    expect(live.data.map((r: { player_season_id: string }) => r.player_season_id).sort()).toEqual(
      [up1724.id, climber.id].sort(),
    );
    const [audit] = await t.database.sql`
      SELECT after FROM audit_events WHERE action = 'round.finalize' ORDER BY seq DESC LIMIT 1`;
    expect(audit!.after.snapshot).toEqual({ players: 5, teams: 2, promotions: 2, relegations: 1 });

    // Round 2: only the 2600 player moves again (B1 → A3); 1724 sits inside B1's relegation buffer.
    const round2 = await closeRound(t, season.id, 2);
    expect(moves(round2.rank_changes)).toEqual({ [climber.id]: ['B1', 'A3', 'PROMOTION'] });

    // Thresholds come from the ranks table, so an admin's edit applies at the next finalization.
    const editB2 = (payload: object) =>
      t.request({ method: 'PUT', url: '/api/v1/ranks/B2', as: 'admin', payload });
    expect((await editB2({ promotion_buffer: 0, relegation_buffer: 0 })).statusCode).toBe(200);
    try {
      const round3 = await closeRound(t, season.id, 3);
      expect(moves(round3.rank_changes)).toEqual({
        [stays1723.id]: ['B2', 'B1', 'PROMOTION'],
        [stays1375.id]: ['B2', 'B3', 'RELEGATION'],
        [climber.id]: ['A3', 'A2', 'PROMOTION'],
      });
    } finally {
      await editB2({ promotion_buffer: 25, relegation_buffer: 25 });
    }
    const progression = (await getJson(t, `/api/v1/players/${climber.player_id}/history`)).data.progression;
    expect(progression.map((p: { round: number; rank_id: string }) => [p.round, p.rank_id])).toEqual([
      [1, 'B1'],
      [2, 'A3'],
      [3, 'A2'],
    ]);
    expect((await finishSeason(t, season.id)).statusCode).toBe(200);
  });
});
