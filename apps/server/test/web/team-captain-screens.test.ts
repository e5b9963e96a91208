import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/app.js';
import {
  enterTeam,
  newFixture,
  newMatch,
  newPlayer,
  newSeason,
  newTeam,
  recordResult,
  registerPlayer,
} from '../helpers/factories.js';
import { WEB_DIST } from './browser.js';
import { Phones } from './phones.js';

/**
 * The screens that read and write through the generated client and that no other journey drives, on a
 * Vietnamese phone (SPEC §7, issue 9): a team's page (roster and fixtures), head-to-head on a player's
 * page, the season archive, and a captain's forfeit and postponement, which the other captain accepts.
 */
const HOME = 'CLB Tây Hồ';
const GUEST = 'CLB Đống Đa';

let t: TestApp;
let baseUrl: string;
let phones: Phones;
const teams: Record<string, string> = {};
const players: Record<string, string> = {};
const captains: Record<string, string> = {};
const fixtures = { played: '', later: '' };
let openMatchId = '';

const screen = (page: Page, name: string) => phones.screen(page, name);
const get = async (url: string) => (await t.request({ method: 'GET', url: `/api/v1${url}` })).json().data;

beforeAll(async () => {
  t = await createTestApp({ WEB_DIST_DIR: WEB_DIST });
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  baseUrl = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
  phones = await Phones.open(baseUrl, 'team-captain');

  await newSeason(t, { name: 'Giải Hà Nội 2028' });
  const season = await newSeason(t, { name: 'Giải Hà Nội 2027' });
  for (const [name, roster] of [
    [HOME, ['Đỗ Văn Khoa', 'Bùi Thị Ngọc']],
    [GUEST, ['Đặng Văn Sơn', 'Ngô Thị Thảo']],
  ] as const) {
    const team = await newTeam(t, { name });
    teams[name] = team.id;
    await enterTeam(t, season.id, team.id);
    for (const [i, full_name] of roster.entries()) {
      const player = await newPlayer(t, { full_name });
      players[full_name] = player.id;
      await registerPlayer(t, season.id, { player_id: player.id, team_id: team.id, opening_points: 300 - i });
    }
    const email = `captain-${name === HOME ? 'tay-ho' : 'dong-da'}@league.test`;
    const user = await t.app.users.create(
      { userId: null, requestId: 'test-setup' },
      { email, password: 'captain-password', role: 'VIEWER' },
    );
    captains[name] = email;
    const appointed = await t.request({
      method: 'POST',
      url: `/api/v1/seasons/${season.id}/teams/${team.id}/captains`,
      as: 'admin',
      payload: { user_id: user.id },
    });
    expect(appointed.statusCode, appointed.body).toBe(201);
  }
  const started = await t.request({
    method: 'POST',
    url: `/api/v1/seasons/${season.id}/start`,
    as: 'admin',
    payload: {},
  });
  expect(started.statusCode, started.body).toBe(200);

  const home = teams[HOME]!;
  const guest = teams[GUEST]!;
  fixtures.played = (
    await newFixture(t, { season_id: season.id, round: 1, home_team_id: home, guest_team_id: guest })
  ).id;
  fixtures.later = (
    await newFixture(t, {
      season_id: season.id,
      round: 2,
      home_team_id: home,
      guest_team_id: guest,
      scheduled_at: '2027-03-10T12:30:00Z',
    })
  ).id;
  const first = await newMatch(t, fixtures.played, 1, [players['Đỗ Văn Khoa']!], [players['Đặng Văn Sơn']!]);
  const recorded = await recordResult(t, first.id, [11, 11, 11], [5, 6, 7]);
  expect(recorded.statusCode, recorded.body).toBe(200);
  openMatchId = (
    await newMatch(t, fixtures.played, 2, [players['Bùi Thị Ngọc']!], [players['Ngô Thị Thảo']!])
  ).id;
}, 180_000);

afterAll(async () => {
  await phones?.close();
  await t?.close();
});

describe('team, head-to-head, archive and a captain’s forfeit and postponement, on a phone', () => {
  let last: Page | undefined;
  const phone = async () => {
    last = await phones.phone();
    return last;
  };
  afterEach(async ({ task }) => {
    if (task.result?.state === 'fail' && last) await phones.failed(last, task.name);
  });

  it('a team’s page lists its roster with points and every fixture it plays', async () => {
    const fan = await phone();
    await fan.goto(`${baseUrl}/teams/${teams[HOME]}`);
    await fan.getByRole('heading', { name: HOME }).waitFor();
    const roster = fan.locator('section[aria-labelledby="roster-title"] li');
    await expect.poll(() => roster.count()).toBe(2);
    expect(await roster.filter({ hasText: 'Đỗ Văn Khoa' }).innerText()).toContain('B2 · 1-0');
    expect(await roster.filter({ hasText: 'Bùi Thị Ngọc' }).innerText()).toContain('B2 · 0-0');
    const own = fan.locator('section[aria-labelledby="team-fixtures"] .fixture-card');
    await expect.poll(() => own.count()).toBe(2);
    await screen(fan, 'team');
  });

  it('a player’s page tells the head-to-head against an opponent picked from their matches', async () => {
    const fan = await phone();
    await fan.goto(`${baseUrl}/players/${players['Đỗ Văn Khoa']}`);
    await fan.getByLabel('Đối thủ').selectOption({ label: 'Đặng Văn Sơn' });
    await fan.getByText('1–0 sau 1 trận').waitFor();
    await fan.getByRole('link', { name: /Thắng · 11-5/ }).waitFor();
    await screen(fan, 'head-to-head');
  });

  it('the archive lists every season with its status, the active one linking to the leaderboard', async () => {
    const fan = await phone();
    await fan.goto(`${baseUrl}/seasons`);
    const active = fan.getByRole('link', { name: /Giải Hà Nội 2027/ });
    await active.waitFor();
    expect(await active.innerText()).toContain('Đang diễn ra');
    expect(await active.getAttribute('href')).toBe('/');
    const upcoming = fan.getByRole('link', { name: /Giải Hà Nội 2028/ });
    expect(await upcoming.innerText()).toContain('Sắp diễn ra');
    expect(await upcoming.getAttribute('href')).toMatch(/^\/seasons\/[0-9a-f-]{36}$/);
    await screen(fan, 'archive');
  });

  it('the home captain forfeits an open match for the side that did not play', async () => {
    const captain = await phone();
    await phones.signIn(captain, captains[HOME]!, 'captain-password');
    await captain.goto(`${baseUrl}/fixtures/${fixtures.played}`);
    await captain.getByRole('button', { name: 'Xử thua một trận' }).click();
    await captain.getByLabel('Trận', { exact: true }).selectOption({ label: 'Trận 2' });
    await captain.getByLabel('Bên không thi đấu').selectOption({ label: GUEST });
    await captain.getByLabel('Lý do', { exact: true }).fill('Vận động viên ốm');
    await captain.getByText(`${HOME} thắng trận này mà không thi đấu`).waitFor();
    await screen(captain, 'forfeit');
    await captain.getByRole('button', { name: 'Xử thua trận' }).click();
    await expect.poll(async () => (await get(`/matches/${openMatchId}`)).forfeit_side).toBe('guest');
  });

  it('the home captain asks to postpone with a date, and the guest captain accepts it', async () => {
    const home = await phone();
    await phones.signIn(home, captains[HOME]!, 'captain-password');
    await home.goto(`${baseUrl}/fixtures/${fixtures.later}`);
    await home.getByRole('button', { name: 'Xin hoãn trận' }).click();
    await home.getByLabel('Lý do', { exact: true }).fill('Nhà thi đấu bận');
    await home.getByLabel('Ngày đề xuất (không bắt buộc)').fill('2027-03-17');
    await home.getByLabel('Giờ đề xuất').fill('19:30');
    await home.getByRole('button', { name: 'Hoãn cuộc đấu' }).click();
    await expect.poll(async () => (await get(`/fixtures/${fixtures.later}`)).status).toBe('POSTPONED');
    expect((await get(`/fixtures/${fixtures.later}`)).proposed_at).toBe('2027-03-17T12:30:00.000Z');

    const guest = await phone();
    await phones.signIn(guest, captains[GUEST]!, 'captain-password');
    await guest.goto(`${baseUrl}/fixtures/${fixtures.later}`);
    await guest.getByText('Đội bạn đề xuất thi đấu vào').waitFor();
    await screen(guest, 'accept-date');
    await guest.getByRole('button', { name: 'Đồng ý ngày này' }).click();
    await expect.poll(async () => (await get(`/fixtures/${fixtures.later}`)).status).toBe('SCHEDULED');
    expect(Date.parse((await get(`/fixtures/${fixtures.later}`)).scheduled_at)).toBe(
      Date.parse('2027-03-17T12:30:00Z'),
    );
  });

  it('every screen passes axe-core with nothing serious or critical, and no page failed', () => {
    expect(phones.findings).toEqual([]);
    expect(phones.pageErrors).toEqual([]);
  });
});
