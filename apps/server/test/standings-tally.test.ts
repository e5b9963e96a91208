import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './helpers/app.js';
import { newFixture, newLeague, newMatch, recordResult } from './helpers/factories.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

/** The trigger-kept tallies next to the same aggregate computed from the matches themselves. */
async function tallies() {
  const kept = await t.database.sql<Record<string, number | string>[]>`
    SELECT fixture_id, match_count, home_games, guest_games, home_balls, guest_balls
    FROM fixture_match_tallies WHERE match_count > 0 ORDER BY fixture_id`;
  const fresh = await t.database.sql<Record<string, number | string>[]>`
    SELECT m.fixture_id, count(*)::int AS match_count,
           coalesce(sum(g.home_games), 0)::int AS home_games, coalesce(sum(g.guest_games), 0)::int AS guest_games,
           coalesce(sum(g.home_balls), 0)::int AS home_balls, coalesce(sum(g.guest_balls), 0)::int AS guest_balls
    FROM matches m
    LEFT JOIN LATERAL (
      SELECT CASE m.forfeit_side WHEN 'guest' THEN count(*) WHEN 'home' THEN 0
               ELSE count(*) FILTER (WHERE h > a) END AS home_games,
             CASE m.forfeit_side WHEN 'home' THEN count(*) WHEN 'guest' THEN 0
               ELSE count(*) FILTER (WHERE a > h) END AS guest_games,
             sum(h) AS home_balls, sum(a) AS guest_balls
      FROM unnest(m.home_sets, m.guest_sets) AS s(h, a)
    ) g ON m.recorded_at IS NOT NULL
    GROUP BY m.fixture_id ORDER BY m.fixture_id`;
  return { kept: [...kept], fresh: [...fresh] };
}

describe('fixture_match_tallies (what the standings read)', () => {
  it('follows every result, void and re-entry, and gives the standings the sums of the matches', async () => {
    const { season, teams, rosters } = await newLeague(t, { perTeam: 2 });
    const fixture = await newFixture(t, {
      season_id: season.id,
      home_team_id: teams[0]!.id,
      guest_team_id: teams[1]!.id,
      round: 1,
    });
    const home = rosters[0]!.map((r) => r.player_id);
    const guest = rosters[1]!.map((r) => r.player_id);
    const matches = [
      await newMatch(t, fixture.id, 1, [home[0]!], [guest[0]!]),
      await newMatch(t, fixture.id, 2, [home[1]!], [guest[1]!]),
      await newMatch(t, fixture.id, 3, [home[0]!], [guest[1]!]),
    ];
    expect((await tallies()).kept).toEqual((await tallies()).fresh);

    await recordResult(t, matches[0]!.id, [11, 9, 11, 11], [7, 11, 5, 8]);
    await recordResult(t, matches[1]!.id, [5, 8, 11], [11, 11, 13]);
    let state = await tallies();
    expect(state.kept).toEqual(state.fresh);
    expect(state.kept.find((row) => row.fixture_id === fixture.id)).toMatchObject({
      match_count: 3,
      home_games: 3 + 0,
      guest_games: 1 + 3,
      home_balls: 42 + 24,
      guest_balls: 31 + 35,
    });

    const voided = await t.request({
      method: 'POST',
      url: `/api/v1/matches/${matches[0]!.id}/result/void`,
      as: 'admin',
      payload: { reason: 'wrong sheet' },
    });
    expect(voided.statusCode, voided.body).toBe(200);
    state = await tallies();
    expect(state.kept).toEqual(state.fresh);

    await recordResult(t, matches[0]!.id, [11, 11, 11], [1, 2, 3]);
    await recordResult(t, matches[2]!.id, [11, 11, 11], [9, 9, 9]);
    state = await tallies();
    expect(state.kept).toEqual(state.fresh);

    const standings = (
      await t.request({ method: 'GET', url: `/api/v1/seasons/${season.id}/standings` })
    ).json();
    const homeRow = standings.data.find((row: { team_id: string }) => row.team_id === teams[0]!.id);
    const guestRow = standings.data.find((row: { team_id: string }) => row.team_id === teams[1]!.id);
    expect(homeRow).toMatchObject({ played: 1, won: 1, matches_won: 2, matches_lost: 1 });
    expect(homeRow).toMatchObject({
      sets_won: 6,
      sets_lost: 3,
      balls_won: 24 + 33 + 33,
      balls_lost: 35 + 6 + 27,
    });
    expect(guestRow).toMatchObject({ played: 1, lost: 1, sets_won: 3, sets_lost: 6 });
  });
});
