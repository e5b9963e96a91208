import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { createTestApp } from '../helpers/app.js';
import { finishActiveSeason, integrity, recordResult } from '../helpers/factories.js';
import {
  asCaptain,
  fixtureMatches,
  fixtureOf,
  formatFixture,
  positionsOf,
  refused,
  submitLineup,
} from '../helpers/match-day.js';

const t = await createTestApp();
afterAll(() => t.close());
afterEach(() => finishActiveSeason(t));

const WIN = [11, 11, 11];
const LOSS = [5, 5, 5];

describe('lineups by position', () => {
  it('plays a whole THREE_TEN fixture from both lineups, with a forfeit of a position left empty', async () => {
    const f = await formatFixture(t, { format: 'THREE_TEN', forfeit_win_points: 40 });
    const [home, guest] = f.rosters;
    // The guest team brings two players: Z stays empty.
    const homeLineup = { positions: positionsOf(['A', 'B', 'C'], home!) };
    const first = await submitLineup(t, f.captains.home, f.fixture.id, 'home', homeLineup);
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json().data).toMatchObject({
      complete: false,
      home: { submitted: true },
      guest: { submitted: false },
    });
    expect(await fixtureMatches(t, f.fixture.id)).toEqual([]);

    // Hidden from the other captain and the public until both are in; the submitting side sees its own.
    const asGuest = await asCaptain(t, f.captains.guest, {
      method: 'GET',
      url: `/api/v1/fixtures/${f.fixture.id}/lineups`,
    });
    expect(asGuest.json().data.home).toMatchObject({ submitted: true, positions: null });
    const asPublic = await t.request({ method: 'GET', url: `/api/v1/fixtures/${f.fixture.id}/lineups` });
    expect(asPublic.json().data.home.positions).toBeNull();
    const asHome = await asCaptain(t, f.captains.home, {
      method: 'GET',
      url: `/api/v1/fixtures/${f.fixture.id}/lineups`,
    });
    expect(asHome.json().data.home.positions).toEqual(homeLineup.positions);
    const asModerator = await t.request({
      method: 'GET',
      url: `/api/v1/fixtures/${f.fixture.id}/lineups`,
      as: 'moderator',
    });
    expect(asModerator.json().data.home.positions).toEqual(homeLineup.positions);

    const guestLineup = { positions: positionsOf(['X', 'Y'], guest!) };
    const second = await submitLineup(t, f.captains.guest, f.fixture.id, 'guest', guestLineup);
    expect(second.statusCode, second.body).toBe(200);
    expect(second.json().data.complete).toBe(true);
    expect(
      (await t.request({ method: 'GET', url: `/api/v1/fixtures/${f.fixture.id}/lineups` })).json().data.home
        .positions,
    ).toEqual(homeLineup.positions);

    const matches = await fixtureMatches(t, f.fixture.id);
    expect(matches.map((m) => `${m.match_order}:${m.home_position}-${m.guest_position}`)).toEqual([
      '1:A-X',
      '2:B-Y',
      '3:C-Z',
      '4:B-X',
      '5:A-Z',
      '6:C-Y',
      '7:B-Z',
      '8:C-X',
      '9:A-Y',
      '10:D-D',
    ]);
    const player = (letter: string) =>
      ({ ...homeLineup.positions, ...guestLineup.positions })[letter] ?? null;
    for (const m of matches.filter((m) => m.match_type === 'SINGLE')) {
      expect(m.home_player1_id).toBe(player(m.home_position));
      expect(m.guest_player1_id).toBe(player(m.guest_position));
    }
    const doubles = matches[9]!;
    expect(doubles).toMatchObject({ match_type: 'DOUBLE', home_player1_id: null, guest_player1_id: null });

    // An empty position can only be forfeited; recording it is refused and changes nothing.
    const emptyZ = matches.find((m) => m.guest_position === 'Z')!;
    await refused(t, () => recordResult(t, emptyZ.id, WIN, LOSS), 400, 'INVALID_PLAYERS');
    const forfeit = await asCaptain(t, f.captains.home, {
      method: 'POST',
      url: `/api/v1/matches/${emptyZ.id}/forfeit`,
      payload: { side: 'guest', reason: 'Only two players came' },
    });
    expect(forfeit.statusCode, forfeit.body).toBe(200);
    expect(forfeit.json().data).toMatchObject({
      forfeit_side: 'guest',
      winner_team_id: f.teams[0]!.id,
      home_sets: [0, 0, 0],
      guest_sets: [0, 0, 0],
    });
    const logs = (await t.request({ method: 'GET', url: `/api/v1/points/logs/${home![2]!.id}` })).json().data;
    expect(logs.at(-1)).toMatchObject({ source: 'MATCH', delta_points: 40, ref_id: emptyZ.id });

    // The doubles pair comes later with the same PUT; until then the doubles cannot be recorded.
    await refused(t, () => recordResult(t, doubles.id, WIN, LOSS), 400, 'INVALID_PLAYERS');
    const pairs = [
      submitLineup(t, f.captains.home, f.fixture.id, 'home', {
        ...homeLineup,
        doubles: [home![0]!.player_id, home![1]!.player_id],
      }),
      submitLineup(t, f.captains.guest, f.fixture.id, 'guest', {
        ...guestLineup,
        doubles: [guest![0]!.player_id, guest![1]!.player_id],
      }),
    ];
    for (const response of await Promise.all(pairs)) expect(response.statusCode, response.body).toBe(200);
    const paired = (await fixtureMatches(t, f.fixture.id))[9]!;
    expect([paired.home_player1_id, paired.home_player2_id]).toEqual([
      home![0]!.player_id,
      home![1]!.player_id,
    ]);

    // Every other match played by the captains: home wins the odd orders, guest the even ones.
    for (const m of await fixtureMatches(t, f.fixture.id)) {
      if (m.winner_team_id) continue;
      const [h, g] = m.match_order % 2 === 1 ? [WIN, LOSS] : [LOSS, WIN];
      // Z's other matches (A-Z, B-Z) are forfeited too, by the guest captain this time.
      const response = await asCaptain(t, f.captains.guest, {
        method: 'POST',
        ...(m.guest_player1_id === null
          ? { url: `/api/v1/matches/${m.id}/forfeit`, payload: { side: 'guest', reason: 'No third player' } }
          : { url: `/api/v1/matches/${m.id}/result`, payload: { home_sets: h, guest_sets: g } }),
      });
      expect(response.statusCode, response.body).toBe(200);
    }
    // 1, 3, 5, 7 (3, 5, 7 forfeited: Z was empty), 9 home; 2,4,6,8,10 guest: a 5-5 draw, COMPLETED only when all ten are in.
    expect(await fixtureOf(t, f.fixture.id)).toMatchObject({
      status: 'COMPLETED',
      home_score: 5,
      guest_score: 5,
    });

    // After a result, the lineup is locked (positions and, with the doubles played, the pair).
    await refused(
      t,
      () =>
        submitLineup(t, f.captains.home, f.fixture.id, 'home', {
          positions: positionsOf(['B', 'A', 'C'], home!),
        }),
      409,
      'LINEUP_LOCKED',
    );
    await refused(
      t,
      () =>
        submitLineup(t, 'moderator', f.fixture.id, 'home', {
          ...homeLineup,
          doubles: [home![1]!.player_id, home![2]!.player_id],
        }),
      409,
      'LINEUP_LOCKED',
    );

    // A captain voids only their own team's entries: the guest captain disputes instead.
    await refused(
      t,
      () =>
        asCaptain(t, f.captains.guest, {
          method: 'POST',
          url: `/api/v1/matches/${emptyZ.id}/result/void`,
          payload: { reason: 'not ours to void' },
        }),
      403,
      'FORBIDDEN',
    );
    // A forfeit is voided like a result: the points it gave come back off by the match's ref_id.
    const voided = await asCaptain(t, f.captains.home, {
      method: 'POST',
      url: `/api/v1/matches/${emptyZ.id}/result/void`,
      payload: { reason: 'entered by mistake' },
    });
    expect(voided.statusCode, voided.body).toBe(200);
    const after = (await t.request({ method: 'GET', url: `/api/v1/points/logs/${home![2]!.id}` })).json()
      .data;
    expect(after.at(-1)).toMatchObject({ source: 'CORRECTION', delta_points: -40, ref_id: emptyZ.id });
    expect(await fixtureOf(t, f.fixture.id)).toMatchObject({ status: 'ONGOING', home_score: 4 });
    expect((await integrity(t)).ok).toBe(true);
  });

  it('stops a WORLD_TEAM fixture once one side has won three of five', async () => {
    const f = await formatFixture(t, { format: 'WORLD_TEAM' });
    const [home, guest] = f.rosters;
    await submitLineup(t, 'moderator', f.fixture.id, 'home', {
      positions: positionsOf(['A', 'B', 'C'], home!),
    });
    await submitLineup(t, 'moderator', f.fixture.id, 'guest', {
      positions: positionsOf(['X', 'Y', 'Z'], guest!),
    });
    const matches = await fixtureMatches(t, f.fixture.id);
    expect(matches.map((m) => `${m.home_position}-${m.guest_position}`)).toEqual([
      'A-X',
      'B-Y',
      'C-Z',
      'A-Y',
      'B-X',
    ]);
    for (const m of matches.slice(0, 2))
      expect((await recordResult(t, m.id, WIN, LOSS)).statusCode).toBe(200);
    expect(await fixtureOf(t, f.fixture.id)).toMatchObject({ status: 'ONGOING', home_score: 2 });
    expect((await recordResult(t, matches[2]!.id, WIN, LOSS)).statusCode).toBe(200);
    expect(await fixtureOf(t, f.fixture.id)).toMatchObject({
      status: 'COMPLETED',
      home_score: 3,
      guest_score: 0,
    });
    // The rest are not played.
    await refused(t, () => recordResult(t, matches[3]!.id, WIN, LOSS), 409, 'FIXTURE_NOT_EDITABLE');
  });

  it('creates the matches exactly once when both captains submit at the same moment', async () => {
    for (let attempt = 0; attempt < 3; attempt++) {
      const f = await formatFixture(t, { format: 'THREE_NINE' });
      const [home, guest] = f.rosters;
      const [a, b] = await Promise.all([
        submitLineup(t, f.captains.home, f.fixture.id, 'home', {
          positions: positionsOf(['A', 'B', 'C'], home!),
        }),
        submitLineup(t, f.captains.guest, f.fixture.id, 'guest', {
          positions: positionsOf(['X', 'Y', 'Z'], guest!),
        }),
      ]);
      expect([a.statusCode, b.statusCode], `${a.body} ${b.body}`).toEqual([200, 200]);
      const matches = await fixtureMatches(t, f.fixture.id);
      expect(matches.map((m) => m.match_order)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
      await finishActiveSeason(t);
    }
  });

  it('refuses what §6 refuses, changing nothing', async () => {
    const f = await formatFixture(t, { format: 'CORBILLON' }, { perTeam: 2 });
    const [home, guest] = f.rosters;
    const url = `/api/v1/fixtures/${f.fixture.id}/lineups/home`;
    // The guest captain may not submit the home lineup.
    await refused(
      t,
      () =>
        asCaptain(t, f.captains.guest, {
          method: 'PUT',
          url,
          payload: { positions: positionsOf(['A', 'B'], home!) },
        }),
      403,
      'FORBIDDEN',
    );
    // A guest player in a home position, a position the format does not have, one player twice.
    const bad = await refused(
      t,
      () =>
        submitLineup(t, 'moderator', f.fixture.id, 'home', {
          positions: { A: guest![0]!.player_id, C: home![0]!.player_id, B: home![0]!.player_id },
        }),
      400,
      'INVALID_PLAYERS',
    );
    const reasons = bad.json().details.problems.map((p: { reason: string }) => p.reason);
    expect(reasons).toEqual(
      expect.arrayContaining([
        'The player does not play for the home team',
        'Position C is not a home position of this format (A, B)',
        'The player is in more than one position',
      ]),
    );
    // In a positional format the matches come from the lineups, not from POST /matches.
    await refused(
      t,
      () =>
        t.request({
          method: 'POST',
          url: '/api/v1/matches',
          as: 'moderator',
          payload: {
            fixture_id: f.fixture.id,
            match_order: 1,
            match_type: 'SINGLE',
            home_player1_id: home![0]!.player_id,
            guest_player1_id: guest![0]!.player_id,
          },
        }),
      409,
      'FORMAT_POSITIONAL',
    );
  });

  it('refuses lineups in a FREE season', async () => {
    const f = await formatFixture(t, {});
    await refused(
      t,
      () =>
        submitLineup(t, 'moderator', f.fixture.id, 'home', { positions: positionsOf(['A'], f.rosters[0]!) }),
      409,
      'FORMAT_NOT_POSITIONAL',
    );
  });
});
