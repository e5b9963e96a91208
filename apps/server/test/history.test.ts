import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './helpers/app.js';
import {
  enterTeam,
  type FixtureData,
  type MatchData,
  newFixture,
  newMatch,
  newPlayer,
  newSeason,
  newTeam,
  type PlayerSeasonData,
  recordResult,
  registerPlayer,
} from './helpers/factories.js';
import { closeRound, expectError, getJson, patchFixture } from './helpers/rounds.js';

/**
 * One small league played out by hand, so every number below can be checked with a pencil:
 *
 * season 1, Alpha (An, Anh) v Bravo (Binh, Bao; Bao is C1, the rest B2)
 *   round 1, Alpha at home:  M1 An v Binh 11-8 11-9 9-11 11-7 · M2 Anh v Bao 5-11 7-11 9-11
 *                            M3 An+Anh v Binh+Bao 11-9 11-9 11-9            → Alpha 2-1
 *   round 2, Bravo at home:  M4 Binh v An 11-6 11-6 11-6 · M5 Bao v Anh 9-11 9-11 9-11
 *                            M6 Binh+Bao v An+Anh 11-7 11-7 11-7            → Bravo 2-1
 *   round 3: walkover to Alpha (5-0); each round is finalized once its results are in
 * season 2, Alpha at home:   M7 An v Binh 11-2 11-2 11-2
 */
let t: TestApp;
let season1: string;
let season2: string;
const ids = {} as Record<'alpha' | 'bravo', string> & Record<'an' | 'anh' | 'binh' | 'bao', string>;
const regs = {} as Record<'an' | 'binh', PlayerSeasonData>;
const m = {} as Record<'m1' | 'm3' | 'm4' | 'm6' | 'm7', MatchData>;

async function play(match: MatchData, home: number[], guest: number[]) {
  const response = await recordResult(t, match.id, home, guest);
  expect(response.statusCode, response.body).toBe(200);
}

beforeAll(async () => {
  t = await createTestApp();
  const s1 = await newSeason(t, { start: true });
  season1 = s1.id;
  ids.alpha = (await newTeam(t, { name: 'Alpha' })).id;
  ids.bravo = (await newTeam(t, { name: 'Bravo' })).id;
  for (const team of [ids.alpha, ids.bravo]) await enterTeam(t, season1, team);
  const register = async (name: 'an' | 'anh' | 'binh' | 'bao', team: string, rank = 'B2') => {
    ids[name] = (await newPlayer(t, { full_name: name.toUpperCase() })).id;
    return registerPlayer(t, season1, { player_id: ids[name], team_id: team, rank_id: rank });
  };
  regs.an = await register('an', ids.alpha);
  await register('anh', ids.alpha);
  regs.binh = await register('binh', ids.bravo);
  await register('bao', ids.bravo, 'C1');

  const fixture = (season: string, round: number, home: string, guest: string) =>
    newFixture(t, { season_id: season, round, home_team_id: home, guest_team_id: guest });
  const f1: FixtureData = await fixture(season1, 1, ids.alpha, ids.bravo);
  m.m1 = await newMatch(t, f1.id, 1, [ids.an], [ids.binh]);
  const m2 = await newMatch(t, f1.id, 2, [ids.anh], [ids.bao]);
  m.m3 = await newMatch(t, f1.id, 3, [ids.an, ids.anh], [ids.binh, ids.bao]);
  await play(m.m1, [11, 11, 9, 11], [8, 9, 11, 7]);
  await play(m2, [5, 7, 9], [11, 11, 11]);
  await play(m.m3, [11, 11, 11], [9, 9, 9]);
  await closeRound(t, season1, 1);

  const f2 = await fixture(season1, 2, ids.bravo, ids.alpha);
  m.m4 = await newMatch(t, f2.id, 1, [ids.binh], [ids.an]);
  const m5 = await newMatch(t, f2.id, 2, [ids.bao], [ids.anh]);
  m.m6 = await newMatch(t, f2.id, 3, [ids.binh, ids.bao], [ids.an, ids.anh]);
  await play(m.m4, [11, 11, 11], [6, 6, 6]);
  await play(m5, [9, 9, 9], [11, 11, 11]);
  await play(m.m6, [11, 11, 11], [7, 7, 7]);
  await closeRound(t, season1, 2);

  const f3 = await fixture(season1, 3, ids.alpha, ids.bravo);
  await patchFixture(t, f3.id, { status: 'WALKOVER', walkover_winner_team_id: ids.alpha });
  await closeRound(t, season1, 3);
  const finished = await t.request({ method: 'POST', url: `/api/v1/seasons/${season1}/finish`, as: 'admin' });
  expect(finished.statusCode, finished.body).toBe(200);

  season2 = (await newSeason(t, { start: true })).id;
  for (const team of [ids.alpha, ids.bravo]) await enterTeam(t, season2, team);
  await registerPlayer(t, season2, {
    player_id: ids.an,
    team_id: ids.alpha,
    carry_over_from_season_id: season1,
  });
  await registerPlayer(t, season2, {
    player_id: ids.binh,
    team_id: ids.bravo,
    carry_over_from_season_id: season1,
  });
  const f4 = await fixture(season2, 1, ids.alpha, ids.bravo);
  m.m7 = await newMatch(t, f4.id, 1, [ids.an], [ids.binh]);
  await play(m.m7, [11, 11, 11], [2, 2, 2]);
});
afterAll(async () => {
  await t.request({
    method: 'POST',
    url: `/api/v1/seasons/${season2}/finish`,
    as: 'admin',
    payload: { force: true, reason: 'test over' },
  });
  await t.close();
});

describe('GET /players/{id}/stats', () => {
  it('counts a season: record, games, balls, streaks, singles/doubles and the record per opponent rank', async () => {
    const ranks = (await getJson(t, '/api/v1/ranks')).data as Array<{ id: string; description: string }>;
    const rankNames = Object.fromEntries(ranks.map((rank) => [rank.id, rank.description]));
    const stats = (await getJson(t, `/api/v1/players/${ids.an}/stats?season_id=${season1}`)).data;
    expect(stats).toEqual({
      player_id: ids.an,
      season_id: season1,
      played: 4,
      won: 2,
      lost: 2,
      win_rate: 0.5,
      games_won: 6,
      games_lost: 7,
      points_for: 42 + 33 + 18 + 21,
      points_against: 35 + 27 + 33 + 33,
      league_points_earned: 300,
      current_streak: { result: 'LOSS', length: 2 },
      longest_win_streak: 2,
      longest_loss_streak: 2,
      singles: { played: 2, won: 1, lost: 1, win_rate: 0.5 },
      doubles: { played: 2, won: 1, lost: 1, win_rate: 0.5 },
      by_opponent_rank: [
        { rank_id: 'B2', rank_name: rankNames.B2, played: 4, won: 2, lost: 2, win_rate: 0.5 },
        { rank_id: 'C1', rank_name: rankNames.C1, played: 2, won: 1, lost: 1, win_rate: 0.5 },
      ],
    });
  });

  it('spans seasons without a filter', async () => {
    const stats = (await getJson(t, `/api/v1/players/${ids.an}/stats`)).data;
    expect(stats).toMatchObject({
      season_id: null,
      played: 5,
      won: 3,
      win_rate: 0.6,
      games_won: 9,
      games_lost: 7,
      current_streak: { result: 'WIN', length: 1 },
      singles: { played: 3, won: 2 },
    });
    const idle = (await getJson(t, `/api/v1/players/${(await newPlayer(t)).id}/stats`)).data;
    expect(idle).toMatchObject({ played: 0, win_rate: 0, current_streak: { result: null, length: 0 } });
    expect(idle.by_opponent_rank).toEqual([]);
  });

  it('refuses unknown or malformed ids', async () => {
    const missing = '00000000-0000-4000-8000-000000000000';
    expectError(
      await t.request({ method: 'GET', url: `/api/v1/players/${missing}/stats` }),
      404,
      'PLAYER_NOT_FOUND',
    );
    expectError(
      await t.request({ method: 'GET', url: `/api/v1/players/${ids.an}/stats?season_id=${missing}` }),
      404,
      'SEASON_NOT_FOUND',
    );
    expectError(
      await t.request({ method: 'GET', url: '/api/v1/players/nope/history' }),
      400,
      'INVALID_INPUT',
    );
  });
});

describe('GET /head-to-head', () => {
  const h2h = (query: string) => getJson(t, `/api/v1/head-to-head?${query}`);

  it('counts every meeting on opposite sides, with the last scores from player A’s side', async () => {
    const result = (await h2h(`player_a=${ids.an}&player_b=${ids.binh}&limit=2`)).data;
    expect(result).toMatchObject({
      player_a: { id: ids.an, full_name: 'AN' },
      player_b: { id: ids.binh, full_name: 'BINH' },
      meetings: 5,
      wins_a: 3,
      wins_b: 2,
      games_a: 9,
      games_b: 7,
      points_a: 42 + 33 + 18 + 21 + 33,
      points_b: 35 + 27 + 33 + 33 + 6,
    });
    expect(result.last_meetings).toMatchObject([
      { match_id: m.m7.id, season_id: season2, winner: 'player_a', sets_a: [11, 11, 11], sets_b: [2, 2, 2] },
      {
        match_id: m.m6.id,
        round: 2,
        match_type: 'DOUBLE',
        winner: 'player_b',
        sets_a: [7, 7, 7],
        sets_b: [11, 11, 11],
        games_a: 0,
        games_b: 3,
        partner_a: { player_id: ids.anh, player_name: 'ANH' },
        partner_b: { player_id: ids.bao, player_name: 'BAO' },
      },
    ]);
    const mirrored = (await h2h(`player_a=${ids.binh}&player_b=${ids.an}`)).data;
    expect([mirrored.meetings, mirrored.wins_a, mirrored.wins_b, mirrored.games_a]).toEqual([5, 2, 3, 7]);
  });

  it('filters by season and match type, and ignores partners', async () => {
    const singles = (
      await h2h(`player_a=${ids.an}&player_b=${ids.binh}&match_type=SINGLE&season_id=${season1}`)
    ).data;
    expect([singles.meetings, singles.wins_a, singles.wins_b]).toEqual([2, 1, 1]);
    expect(singles.last_meetings.map((x: { match_id: string }) => x.match_id)).toEqual([m.m4.id, m.m1.id]);
    const teammates = (await h2h(`player_a=${ids.an}&player_b=${ids.anh}`)).data;
    expect(teammates).toMatchObject({ meetings: 0, wins_a: 0, wins_b: 0, last_meetings: [] });
  });

  it('needs two different, existing players', async () => {
    const missing = '00000000-0000-4000-8000-000000000000';
    const get = (query: string) => t.request({ method: 'GET', url: `/api/v1/head-to-head?${query}` });
    expectError(await get(`player_a=${ids.an}&player_b=${ids.an}`), 400, 'INVALID_INPUT');
    expectError(await get(`player_a=${ids.an}`), 400, 'MISSING_REQUIRED_FIELD');
    expectError(await get(`player_a=${ids.an}&player_b=${missing}`), 404, 'PLAYER_NOT_FOUND');
    expectError(await get(`player_a=${ids.an}&player_b=${ids.binh}&limit=51`), 400, 'INVALID_INPUT');
  });
});

describe('GET /players/{id}/history', () => {
  it('lists seasons, a first page of matches and point logs, rank history and round positions', async () => {
    const history = (await getJson(t, `/api/v1/players/${ids.an}/history?limit=2`)).data;
    expect(history.player).toEqual({ id: ids.an, full_name: 'AN', avatar_url: null });
    expect(history.seasons).toMatchObject([
      { season_id: season2, season_status: 'ACTIVE', team_name: 'Alpha', accumulated_points: 100, wins: 1 },
      {
        season_id: season1,
        season_status: 'FINISHED',
        team_name: 'Alpha',
        rank_id: 'B2',
        accumulated_points: 300,
        wins: 2,
        losses: 2,
        matches_played: 4,
        position: 1,
      },
    ]);
    expect(history.matches.meta).toEqual({ total: 5, limit: 2, offset: 0 });
    expect(history.matches.data.map((x: { match_id: string }) => x.match_id)).toEqual([m.m7.id, m.m6.id]);
    expect(history.point_logs.meta).toEqual({ total: 7, limit: 2, offset: 0 });
    expect(history.point_logs.data[0]).toMatchObject({
      season_id: season2,
      source: 'MATCH',
      ref_id: m.m7.id,
      delta_points: 100,
      balance_after: 100,
    });
    expect(
      history.rank_history.map((r: { reason: string; season_id: string }) => [r.reason, r.season_id]),
    ).toEqual([
      ['REGISTRATION', season1],
      ['CARRY_OVER', season2],
    ]);
    // Everyone ends round 2 on 300 points with two wins, so all four share first place.
    expect(history.progression).toMatchObject([
      { season_id: season1, round: 1, position: 1, accumulated_points: 200, wins: 2 },
      { season_id: season1, round: 2, position: 1, accumulated_points: 300, wins: 2 },
      { season_id: season1, round: 3, position: 1, accumulated_points: 300 },
    ]);
  });

  it('pages the match list with opponents, partner, sets and points earned', async () => {
    const page = await getJson(t, `/api/v1/players/${ids.an}/matches?season_id=${season1}&limit=2&offset=2`);
    expect(page.meta).toEqual({ total: 4, limit: 2, offset: 2 });
    expect(page.data.map((x: { match_id: string }) => x.match_id)).toEqual([m.m3.id, m.m1.id]);
    expect(page.data[0]).toMatchObject({
      season_id: season1,
      round: 1,
      match_type: 'DOUBLE',
      team_id: ids.alpha,
      team_name: 'Alpha',
      opponent_team_name: 'Bravo',
      partner: { player_id: ids.anh, player_name: 'ANH' },
      opponents: [
        { player_id: ids.binh, player_name: 'BINH' },
        { player_id: ids.bao, player_name: 'BAO' },
      ],
      sets_for: [11, 11, 11],
      sets_against: [9, 9, 9],
      games_for: 3,
      games_against: 0,
      won: true,
      rank_id: 'B2',
      points_earned: 100,
    });
    expect(page.data[1]).toMatchObject({ partner: null, opponents: [{ player_id: ids.binh }], won: true });
    const binh = (await getJson(t, `/api/v1/players/${ids.binh}/matches?limit=1`)).data[0];
    expect(binh).toMatchObject({ match_id: m.m7.id, won: false, sets_for: [2, 2, 2], points_earned: 50 });
  });

  it('pages the point log across seasons, newest first, balances intact', async () => {
    const logs = await getJson(t, `/api/v1/players/${ids.an}/point-logs?season_id=${season1}`);
    expect(logs.meta.total).toBe(5);
    expect(
      logs.data.map((l: { delta_points: number; balance_after: number }) => [
        l.delta_points,
        l.balance_after,
      ]),
    ).toEqual([
      [50, 300],
      [50, 250],
      [100, 200],
      [100, 100],
      [0, 0],
    ]);
    expect(logs.data.every((l: { player_season_id: string }) => l.player_season_id === regs.an.id)).toBe(
      true,
    );
  });
});

describe('GET /teams/{id}/stats', () => {
  it('agrees with the season standings and adds home/away, form and player records', async () => {
    const stats = (await getJson(t, `/api/v1/teams/${ids.alpha}/stats?season_id=${season1}`)).data;
    expect(stats).toMatchObject({
      team_id: ids.alpha,
      team_name: 'Alpha',
      season_id: season1,
      fixtures: {
        played: 3,
        won: 2,
        drawn: 0,
        lost: 1,
        walkovers_won: 1,
        walkovers_lost: 0,
        league_points: 4,
      },
      home: { played: 2, won: 2, drawn: 0, lost: 0 },
      away: { played: 1, won: 0, drawn: 0, lost: 1 },
      matches_won: 8,
      matches_lost: 3,
      sets_won: 9,
      sets_lost: 10,
      balls_won: 96 + 72,
      balls_lost: 95 + 93,
      form: ['W', 'L', 'W'],
    });
    expect(stats.players).toEqual([
      { player_id: ids.an, player_name: 'AN', played: 4, won: 2, lost: 2, win_rate: 0.5 },
      { player_id: ids.anh, player_name: 'ANH', played: 4, won: 2, lost: 2, win_rate: 0.5 },
    ]);
    const standings = (await getJson(t, `/api/v1/seasons/${season1}/standings`)).data;
    const alpha = standings.find((row: { team_id: string }) => row.team_id === ids.alpha);
    expect(alpha).toMatchObject({
      played: stats.fixtures.played,
      won: stats.fixtures.won,
      lost: stats.fixtures.lost,
      points: stats.fixtures.league_points,
      matches_won: stats.matches_won,
      matches_lost: stats.matches_lost,
      sets_won: stats.sets_won,
      sets_lost: stats.sets_lost,
      balls_won: stats.balls_won,
      balls_lost: stats.balls_lost,
    });
  });

  it('spans seasons without a filter and refuses an unknown team', async () => {
    const career = (await getJson(t, `/api/v1/teams/${ids.bravo}/stats`)).data;
    expect(career).toMatchObject({
      season_id: null,
      fixtures: { played: 4, won: 1, lost: 3, walkovers_lost: 1, league_points: 2 },
      form: ['L', 'L', 'W', 'L'],
    });
    const missing = '00000000-0000-4000-8000-000000000000';
    expectError(
      await t.request({ method: 'GET', url: `/api/v1/teams/${missing}/stats` }),
      404,
      'TEAM_NOT_FOUND',
    );
  });
});
