import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { createTestApp } from '../helpers/app.js';
import {
  finishActiveSeason,
  integrity,
  newPlayer,
  newSeason,
  newTeam,
  registerPlayer,
} from '../helpers/factories.js';
import { databaseDigest, fixtureMatches, refused } from '../helpers/match-day.js';

const t = await createTestApp({ LEAGUE_TIMEZONE: 'Asia/Ho_Chi_Minh' });
afterAll(() => t.close());
afterEach(() => finishActiveSeason(t));

const admin = (method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) =>
  t.request({ method, url: `/api/v1${url}`, as: 'admin', ...(payload ? { payload } : {}) });

async function division(seasonId: string, name: string, level: number, places = {}) {
  const response = await admin('POST', `/seasons/${seasonId}/divisions`, { name, level, ...places });
  expect(response.statusCode, response.body).toBe(201);
  return response.json().data as { id: string; name: string; level: number };
}

/** Four teams a division, one player each (WORLD_TEAM would need three: FREE keeps the test short). */
async function twoDivisionSeason() {
  const season = await newSeason(t, { rules: { best_of: 3 } });
  const top = await division(season.id, 'Hạng Nhất', 1, { relegation_places: 1 });
  const second = await division(season.id, 'Hạng Nhì', 2, { promotion_places: 1 });
  const teams: Record<string, Array<{ id: string; player: string; ps: string }>> = {
    [top.id]: [],
    [second.id]: [],
  };
  for (const d of [top, second]) {
    for (let i = 0; i < 4; i++) {
      const team = await newTeam(t);
      const entered = await admin('POST', `/seasons/${season.id}/teams`, {
        team_id: team.id,
        division_id: d.id,
      });
      expect(entered.statusCode, entered.body).toBe(201);
      expect(entered.json().data.division_id).toBe(d.id);
      const player = await newPlayer(t);
      const ps = await registerPlayer(t, season.id, { player_id: player.id, team_id: team.id });
      teams[d.id]!.push({ id: team.id, player: player.id, ps: ps.id });
    }
  }
  return { season, top, second, teams };
}

describe('divisions', () => {
  it('plays a two-division season to the end and rolls it over with promotion and relegation', async () => {
    const { season, top, second, teams } = await twoDivisionSeason();
    // Entering needs a division now; a fixture across divisions is refused.
    const stray = await newTeam(t);
    await refused(
      t,
      () => admin('POST', `/seasons/${season.id}/teams`, { team_id: stray.id }),
      400,
      'DIVISION_REQUIRED',
    );
    await refused(
      t,
      () =>
        t.request({
          method: 'POST',
          url: '/api/v1/fixtures',
          as: 'moderator',
          payload: {
            season_id: season.id,
            round: 1,
            home_team_id: teams[top.id]![0]!.id,
            guest_team_id: teams[second.id]![0]!.id,
          },
        }),
      400,
      'DIVISION_MISMATCH',
    );
    await refused(
      t,
      () => admin('POST', `/seasons/${season.id}/divisions`, { name: 'hạng nhất', level: 3 }),
      409,
      'DIVISION_ALREADY_EXISTS',
    );
    await refused(
      t,
      () => admin('POST', `/seasons/${season.id}/divisions`, { name: 'Hạng Ba', level: 2 }),
      409,
      'DIVISION_ALREADY_EXISTS',
    );
    // Moving a team while it has no fixtures.
    const mover = teams[second.id]![3]!;
    expect(
      (await admin('PATCH', `/seasons/${season.id}/teams/${mover.id}`, { division_id: top.id })).statusCode,
    ).toBe(200);
    expect(
      (await admin('PATCH', `/seasons/${season.id}/teams/${mover.id}`, { division_id: second.id }))
        .statusCode,
    ).toBe(200);

    expect((await admin('POST', `/seasons/${season.id}/start`)).statusCode).toBe(200);
    // Thursdays at 19:30 in Hanoi, from Monday 2026-03-02: the first round is Thursday 5 March, 12:30 UTC.
    const generated = await admin('POST', `/seasons/${season.id}/fixtures/generate`, {
      start_date: '2026-03-02',
      weekday: 4,
      time: '19:30',
      venue: 'Nhà thi đấu Cầu Giấy',
    });
    expect(generated.statusCode, generated.body).toBe(201);
    const fixtures = generated.json().data as Array<{
      id: string;
      round: number;
      division_id: string;
      home_team_id: string;
      guest_team_id: string;
      scheduled_at: string;
      venue: string;
    }>;
    // One round robin per division (4 teams: 3 rounds of 2), on one shared calendar.
    expect(fixtures).toHaveLength(12);
    for (const d of [top.id, second.id]) {
      expect(
        fixtures
          .filter((f) => f.division_id === d)
          .map((f) => f.round)
          .sort(),
      ).toEqual([1, 1, 2, 2, 3, 3]);
    }
    expect(new Set(fixtures.filter((f) => f.round === 1).map((f) => f.scheduled_at))).toEqual(
      new Set(['2026-03-05T12:30:00.000Z']),
    );
    expect(fixtures.find((f) => f.round === 3)!.scheduled_at).toBe('2026-03-19T12:30:00.000Z');
    expect(fixtures[0]!.venue).toBe('Nhà thi đấu Cầu Giấy');

    // The lower-listed team of each division always wins: index order decides the table.
    const rank = (teamId: string) =>
      Object.values(teams)
        .flat()
        .findIndex((team) => team.id === teamId);
    const playerOf = (teamId: string) =>
      Object.values(teams)
        .flat()
        .find((team) => team.id === teamId)!.player;
    for (const fixture of fixtures) {
      const created = await t.request({
        method: 'POST',
        url: '/api/v1/matches',
        as: 'moderator',
        payload: {
          fixture_id: fixture.id,
          match_order: 1,
          match_type: 'SINGLE',
          home_player1_id: playerOf(fixture.home_team_id),
          guest_player1_id: playerOf(fixture.guest_team_id),
        },
      });
      expect(created.statusCode, created.body).toBe(201);
      const homeWins = rank(fixture.home_team_id) < rank(fixture.guest_team_id);
      const [match] = await fixtureMatches(t, fixture.id);
      const recorded = await t.request({
        method: 'POST',
        url: `/api/v1/matches/${match!.id}/result`,
        as: 'moderator',
        payload: homeWins
          ? { home_sets: [11, 11], guest_sets: [3, 3] }
          : { home_sets: [3, 3], guest_sets: [11, 11] },
      });
      expect(recorded.statusCode, recorded.body).toBe(200);
    }
    for (const round of [1, 2, 3]) {
      expect((await admin('POST', `/seasons/${season.id}/rounds/${round}/lock`)).statusCode).toBe(200);
      expect((await admin('POST', `/seasons/${season.id}/rounds/${round}/finalize`)).statusCode).toBe(200);
    }

    // Standings: positions within each division, top division first; one division on request.
    const standings = (
      await t.request({ method: 'GET', url: `/api/v1/seasons/${season.id}/standings` })
    ).json().data;
    expect(
      standings.map((r: { division_id: string; position: number; team_id: string }) => [
        r.division_id,
        r.position,
        r.team_id,
      ]),
    ).toEqual([
      ...teams[top.id]!.map((team, i) => [top.id, i + 1, team.id]),
      ...teams[second.id]!.map((team, i) => [second.id, i + 1, team.id]),
    ]);
    // The stored round table agrees: one table per division.
    const round3 = (
      await t.request({ method: 'GET', url: `/api/v1/seasons/${season.id}/rounds/3/standings` })
    ).json().data;
    expect(
      round3.map((r: { division_id: string; position: number; team_id: string }) => [
        r.division_id,
        r.position,
        r.team_id,
      ]),
    ).toEqual(
      standings.map((r: { division_id: string; position: number; team_id: string }) => [
        r.division_id,
        r.position,
        r.team_id,
      ]),
    );
    const onlySecond = (
      await t.request({
        method: 'GET',
        url: `/api/v1/seasons/${season.id}/standings?division_id=${second.id}`,
      })
    ).json().data;
    expect(onlySecond.map((r: { team_id: string }) => r.team_id)).toEqual(
      teams[second.id]!.map((team) => team.id),
    );
    // Leaderboard rows carry the division and rank; the filter keeps league-wide positions.
    const board = (await t.request({ method: 'GET', url: `/api/v1/seasons/${season.id}/leaderboard` })).json()
      .data;
    const filtered = (
      await t.request({
        method: 'GET',
        url: `/api/v1/seasons/${season.id}/leaderboard?division_id=${second.id}`,
      })
    ).json();
    expect(filtered.meta.total).toBe(4);
    for (const row of filtered.data) {
      expect(row.division_id).toBe(second.id);
      const full = board.find(
        (r: { player_season_id: string }) => r.player_season_id === row.player_season_id,
      );
      expect([row.position, row.rank]).toEqual([full.position, full.position]);
    }

    expect((await admin('POST', `/seasons/${season.id}/finish`)).statusCode).toBe(200);
    await refused(
      t,
      () => admin('POST', `/seasons/${crypto.randomUUID()}/next`, { name: 'x', year: 2027 }),
      404,
      'SEASON_NOT_FOUND',
    );
    const next = await admin('POST', `/seasons/${season.id}/next`, {
      name: 'Mùa 2027',
      year: 2027,
      start_date: '2027-03-01',
    });
    expect(next.statusCode, next.body).toBe(201);
    const { season: upcoming, movements } = next.json().data;
    expect(upcoming).toMatchObject({ status: 'UPCOMING', name: 'Mùa 2027', rules: { best_of: 3 } });
    const newDivisions = (
      await t.request({ method: 'GET', url: `/api/v1/seasons/${upcoming.id}/divisions` })
    ).json().data;
    expect(newDivisions.map((d: { name: string; level: number }) => [d.name, d.level])).toEqual([
      ['Hạng Nhất', 1],
      ['Hạng Nhì', 2],
    ]);
    const [newTop, newSecond] = newDivisions;
    // Bottom of the top division goes down, the winner of the second goes up.
    expect(movements).toEqual(
      expect.arrayContaining([
        { team_id: teams[top.id]![3]!.id, from_division_id: top.id, to_division_id: newSecond.id },
        { team_id: teams[second.id]![0]!.id, from_division_id: second.id, to_division_id: newTop.id },
      ]),
    );
    expect(movements).toHaveLength(2);
    const entered = (await t.request({ method: 'GET', url: `/api/v1/seasons/${upcoming.id}/teams` })).json()
      .data;
    const divisionOf = (teamId: string) =>
      entered.find((e: { team_id: string }) => e.team_id === teamId)?.division_id;
    expect(divisionOf(teams[top.id]![3]!.id)).toBe(newSecond.id);
    expect(divisionOf(teams[second.id]![0]!.id)).toBe(newTop.id);
    expect(divisionOf(teams[top.id]![0]!.id)).toBe(newTop.id);
    // Players re-registered with team, rank and rating, points afresh.
    const registered = (
      await t.request({ method: 'GET', url: `/api/v1/seasons/${upcoming.id}/players?limit=200` })
    ).json().data;
    expect(registered).toHaveLength(8);
    const old = (
      await t.request({ method: 'GET', url: `/api/v1/seasons/${season.id}/players?limit=200` })
    ).json().data;
    for (const row of registered) {
      const before = old.find((o: { player_id: string }) => o.player_id === row.player_id);
      expect(row).toMatchObject({
        team_id: before.team_id,
        rank_id: before.rank_id,
        rating: before.rating,
        accumulated_points: 0,
      });
    }
    await refused(
      t,
      () => admin('POST', `/seasons/${upcoming.id}/next`, { name: 'x', year: 2028 }),
      409,
      'INVALID_SEASON_STATUS',
    );
    expect((await integrity(t)).ok).toBe(true);
  });

  it('refuses to move a team with fixtures, and renames a division', async () => {
    const { season, top, second, teams } = await twoDivisionSeason();
    await admin('POST', `/seasons/${season.id}/start`);
    await admin('POST', `/seasons/${season.id}/fixtures/generate`, {});
    await refused(
      t,
      () =>
        admin('PATCH', `/seasons/${season.id}/teams/${teams[top.id]![0]!.id}`, { division_id: second.id }),
      409,
      'TEAM_HAS_FIXTURES',
    );
    await refused(
      t,
      () => admin('PATCH', `/divisions/${crypto.randomUUID()}`, { name: 'x' }),
      404,
      'DIVISION_NOT_FOUND',
    );
    await refused(
      t,
      () => admin('PATCH', `/divisions/${second.id}`, { level: 1 }),
      409,
      'DIVISION_ALREADY_EXISTS',
    );
    const renamed = await admin('PATCH', `/divisions/${second.id}`, {
      name: 'Hạng Hai',
      promotion_places: 2,
    });
    expect(renamed.json().data).toMatchObject({ name: 'Hạng Hai', level: 2, promotion_places: 2 });
  });

  it('withdraws a team: walkovers for its opponents, registrations WITHDRAWN, its row kept', async () => {
    const { season, top, teams } = await twoDivisionSeason();
    await admin('POST', `/seasons/${season.id}/start`);
    await admin('POST', `/seasons/${season.id}/fixtures/generate`, {});
    const leaving = teams[top.id]![1]!;
    await refused(
      t,
      () => admin('POST', `/seasons/${season.id}/teams/${crypto.randomUUID()}/withdraw`, { reason: 'x' }),
      400,
      'TEAM_NOT_IN_SEASON',
    );
    const withdrawn = await admin('POST', `/seasons/${season.id}/teams/${leaving.id}/withdraw`, {
      reason: 'Không đủ người',
    });
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    expect(withdrawn.json().data).toMatchObject({ team_id: leaving.id, registrations_withdrawn: 1 });
    expect(withdrawn.json().data.walkovers).toHaveLength(3);
    await refused(
      t,
      () => admin('POST', `/seasons/${season.id}/teams/${leaving.id}/withdraw`, { reason: 'again' }),
      409,
      'TEAM_WITHDRAWN',
    );
    const theirs = (
      await t.request({ method: 'GET', url: `/api/v1/seasons/${season.id}/fixtures?team_id=${leaving.id}` })
    ).json().data;
    for (const f of theirs) {
      expect(f.status).toBe('WALKOVER');
      expect(f.walkover_winner_team_id).not.toBe(leaving.id);
    }
    const board = (
      await t.request({ method: 'GET', url: `/api/v1/seasons/${season.id}/leaderboard?limit=200` })
    ).json().data;
    expect(board.map((r: { player_season_id: string }) => r.player_season_id)).not.toContain(leaving.ps);
    const standings = (
      await t.request({ method: 'GET', url: `/api/v1/seasons/${season.id}/standings?division_id=${top.id}` })
    ).json().data;
    expect(standings.find((r: { team_id: string }) => r.team_id === leaving.id)).toMatchObject({
      withdrawn: true,
      played: 3,
      lost: 3,
    });
    const audit = (
      await t.request({
        method: 'GET',
        url: `/api/v1/audit?entity=season&entity_id=${season.id}`,
        as: 'admin',
      })
    ).json().data;
    expect(audit.map((e: { action: string }) => e.action)).toContain('team.withdraw');
  });

  it('previews a withdrawal: exactly the fixtures it then turns into walkovers, changing nothing', async () => {
    const { season, top, teams } = await twoDivisionSeason();
    await admin('POST', `/seasons/${season.id}/start`);
    await admin('POST', `/seasons/${season.id}/fixtures/generate`, {});
    const leaving = teams[top.id]![2]!;
    const theirs = async () =>
      (
        await t.request({ method: 'GET', url: `/api/v1/seasons/${season.id}/fixtures?team_id=${leaving.id}` })
      ).json().data as Array<{ id: string; status: string; home_team_id: string; guest_team_id: string }>;
    const [postponed, walkedOver] = await theirs();
    expect((await admin('PATCH', `/fixtures/${postponed!.id}`, { status: 'POSTPONED' })).statusCode).toBe(
      200,
    );
    const decided = await admin('PATCH', `/fixtures/${walkedOver!.id}`, {
      status: 'WALKOVER',
      walkover_winner_team_id: leaving.id,
    });
    expect(decided.statusCode, decided.body).toBe(200);
    const before = await theirs();
    const digest = await databaseDigest(t);

    const preview = await admin('GET', `/seasons/${season.id}/teams/${leaving.id}/withdrawal`);
    expect(preview.statusCode, preview.body).toBe(200);
    const { walkovers, registrations_withdrawn, fixtures_started } = preview.json().data;
    expect(registrations_withdrawn).toBe(1);
    expect(fixtures_started).toBe(0);
    const expected = before.filter((f) => f.id !== walkedOver!.id);
    expect(walkovers.map((w: { fixture_id: string }) => w.fixture_id).sort()).toEqual(
      expected.map((f) => f.id).sort(),
    );
    const opponents = teams[top.id]!.filter((team) => team.id !== leaving.id).map((team) => team.id);
    for (const w of walkovers) {
      expect(opponents).toContain(w.opponent_team_id);
      expect(w.opponent_team_name).toBeTruthy();
    }
    for (const w of walkovers) expect(w.scheduled_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d/);
    expect(walkovers.find((w: { fixture_id: string }) => w.fixture_id === postponed!.id).status).toBe(
      'POSTPONED',
    );
    expect(await databaseDigest(t), 'a preview changed the database').toBe(digest);
    await refused(
      t,
      () => admin('GET', `/seasons/${season.id}/teams/${crypto.randomUUID()}/withdrawal`),
      400,
      'TEAM_NOT_IN_SEASON',
    );

    const withdrawn = await admin('POST', `/seasons/${season.id}/teams/${leaving.id}/withdraw`, {
      reason: 'Giải tán',
    });
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    expect(withdrawn.json().data.walkovers).toEqual(
      walkovers.map((w: { fixture_id: string }) => w.fixture_id),
    );
    expect(withdrawn.json().data.registrations_withdrawn).toBe(registrations_withdrawn);
    await refused(
      t,
      () => admin('GET', `/seasons/${season.id}/teams/${leaving.id}/withdrawal`),
      409,
      'TEAM_WITHDRAWN',
    );
  });

  it("generates in the season's own time zone, stored in UTC; refuses an unknown zone", async () => {
    await refused(
      t,
      () => admin('POST', '/seasons', { name: 'Bad zone', year: 2026, timezone: 'Europe/Londn' }),
      400,
      'INVALID_INPUT',
    );
    const created = await admin('POST', '/seasons', {
      name: 'London',
      year: 2026,
      timezone: 'Europe/London',
    });
    expect(created.json().data.timezone).toBe('Europe/London');
    const season = created.json().data as { id: string };
    for (let i = 0; i < 2; i++) {
      const team = await newTeam(t);
      await admin('POST', `/seasons/${season.id}/teams`, { team_id: team.id });
    }
    await admin('POST', `/seasons/${season.id}/start`);
    // 19:30 in London is 18:30 UTC in summer (BST), 19:30 UTC in winter.
    const summer = await admin('POST', `/seasons/${season.id}/fixtures/generate`, {
      start_date: '2026-07-01',
      time: '19:30',
    });
    expect(summer.statusCode, summer.body).toBe(201);
    expect(summer.json().data[0].scheduled_at).toBe('2026-07-01T18:30:00.000Z');
    // A season without a zone of its own uses LEAGUE_TIMEZONE (here Hanoi, UTC+7).
    const hanoi = await newSeason(t);
    expect(hanoi.rules).toBeDefined();
    expect((await admin('GET', `/seasons/${hanoi.id}`)).json().data.timezone).toBeNull();
  });
});
