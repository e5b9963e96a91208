import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { newPlayer, newTeam, registerPlayer } from '../helpers/factories.js';
import { WEB_DIST } from './browser.js';
import { Phones } from './phones.js';

/**
 * Match night from the captains' phones, in Vietnamese (SPEC §6, §7): a WORLD_TEAM season with two
 * divisions and the opponent's confirmation; each captain submits a lineup by position on one screen,
 * the home captain enters the results, the guest captain confirms them, a fan's phone follows the
 * leaderboard live and the organiser locks and finalizes the round after its preview.
 * The organiser builds the season's match-day parts on the phone (format, confirmation, divisions, team
 * divisions, captains); players, the fixture and the start go through the API, as organiser.test.ts
 * already drives those screens.
 */
const HOME = 'CLB Tây Hồ';
const GUEST = 'CLB Đống Đa';
const ROSTERS: Record<string, string[]> = {
  [HOME]: ['Đỗ Văn Khoa', 'Bùi Thị Ngọc', 'Vũ Minh Quân'],
  [GUEST]: ['Đặng Văn Sơn', 'Ngô Thị Thảo', 'Lý Quốc Tuấn'],
};

let t: TestApp;
let baseUrl: string;
let phones: Phones;
let seasonId = '';
let fixtureId = '';
const captains: Record<string, { id: string; email: string }> = {};
const teams: Record<string, string> = {};

const phone = () => phones.phone();

const screen = (page: Page, name: string) => phones.screen(page, name);

const signIn = (page: Page, email: string, password: string) => phones.signIn(page, email, password);

const api = async (method: 'GET' | 'POST', url: string, payload?: object) => {
  const response = await t.request({ method, url: `/api/v1${url}`, as: 'admin', payload });
  expect(response.statusCode, response.body).toBeLessThan(300);
  return response.json().data;
};

beforeAll(async () => {
  t = await createTestApp({ WEB_DIST_DIR: WEB_DIST });
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  baseUrl = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
  phones = await Phones.open(baseUrl, 'captain');

  for (const name of [HOME, GUEST, 'CLB Cầu Giấy', 'CLB Long Biên'])
    teams[name] = (await newTeam(t, { name })).id;
  for (const team of [HOME, GUEST]) {
    const email = `captain-${team === HOME ? 'tay-ho' : 'dong-da'}@league.test`;
    const user = await t.app.users.create(
      { userId: null, requestId: 'test-setup' },
      { email, password: 'captain-password', role: 'VIEWER' },
    );
    captains[team] = { id: user.id, email };
  }
}, 180_000);

afterAll(async () => {
  await phones?.close();
  await t?.close();
});

describe('two captains play a fixture from their phones, in Vietnamese', () => {
  let home: Page;
  let guest: Page;
  let fan: Page;

  afterEach(async ({ task }) => {
    if (task.result?.state === 'fail' && home) await phones.failed(home, task.name);
  });

  it('the organiser creates a WORLD_TEAM season with two divisions and appoints two captains', async () => {
    const admin = await phone();
    await signIn(admin, 'admin@league.test', 'admin-password');
    await admin.goto(`${baseUrl}/admin/seasons/new`);
    await admin.getByLabel('Tên mùa giải').fill('Giải Đồng Đội 2027');
    await admin.getByLabel('Năm').fill('2027');
    await admin.getByLabel('Thể thức đồng đội').selectOption('WORLD_TEAM');
    await admin.getByLabel('Xác nhận kết quả').selectOption('OPPONENT');
    await admin.getByText('Quá số giờ này mà không trả lời').waitFor();
    await screen(admin, 'season-rules');
    await admin.getByRole('button', { name: 'Tạo mùa giải' }).click();
    await admin.getByRole('heading', { name: 'Giải Đồng Đội 2027' }).waitFor();
    seasonId = admin.url().split('/').pop() ?? '';

    for (const [level, name] of [
      [1, 'Hạng Nhất'],
      [2, 'Hạng Nhì'],
    ] as const) {
      await admin.getByLabel(`Hạng đấu mới (hạng ${level})`).fill(name);
      await admin.getByRole('button', { name: 'Thêm hạng đấu' }).click();
      await admin.locator('section[aria-labelledby="divisions"] li', { hasText: name }).waitFor();
    }
    const divisions = admin.locator('section[aria-labelledby="divisions"] li');
    await divisions.first().getByLabel('Số suất xuống hạng').fill('1');
    await divisions.first().getByRole('button', { name: 'Lưu' }).click();
    await divisions.first().getByText('Đã lưu.').waitFor();

    const entered = admin.locator('section[aria-labelledby="season-teams"]');
    for (const [team, division] of [
      [HOME, 'Hạng Nhất'],
      [GUEST, 'Hạng Nhất'],
      ['CLB Cầu Giấy', 'Hạng Nhì'],
    ] as const) {
      await admin.getByLabel('Thêm đội vào mùa giải').selectOption({ label: team });
      await entered.getByLabel('Hạng đấu', { exact: true }).selectOption({ label: division });
      await admin.getByRole('button', { name: 'Thêm đội' }).click();
      await entered.locator('li', { hasText: team }).getByText(division).waitFor();
    }
    for (const team of [HOME, GUEST]) {
      const row = entered.locator('li', { hasText: team });
      await row.getByLabel(`Chỉ định đội trưởng của ${team}`).selectOption({ label: captains[team]!.email });
      await row.getByRole('button', { name: 'Chỉ định' }).click();
      await row.getByText(`Đội trưởng: ${captains[team]!.email}`).waitFor();
    }
    await screen(admin, 'season-divisions');
    const season = (await t.request({ method: 'GET', url: `/api/v1/seasons/${seasonId}` })).json().data;
    expect([season.rules.format, season.rules.result_confirmation, season.rules.stop_when_decided]).toEqual([
      'WORLD_TEAM',
      'OPPONENT',
      null,
    ]);
    const rows = (await t.request({ method: 'GET', url: `/api/v1/seasons/${seasonId}/divisions` })).json()
      .data;
    expect(
      rows.map((row: { name: string; relegation_places: number }) => [row.name, row.relegation_places]),
    ).toEqual([
      ['Hạng Nhất', 1],
      ['Hạng Nhì', 0],
    ]);

    for (const [team, names] of Object.entries(ROSTERS)) {
      for (const full_name of names) {
        const player = await newPlayer(t, { full_name });
        await registerPlayer(t, seasonId, {
          player_id: player.id,
          team_id: teams[team]!,
          opening_points: 100,
        });
      }
    }
    const fixture = await api('POST', '/fixtures', {
      season_id: seasonId,
      round: 1,
      home_team_id: teams[HOME],
      guest_team_id: teams[GUEST],
      scheduled_at: '2027-03-03T12:30:00Z',
    });
    fixtureId = fixture.id;
    await api('POST', `/seasons/${seasonId}/start`, {});
  });

  it('each captain finds the next fixture on "my team" and submits a lineup by position on one screen', async () => {
    home = await phone();
    guest = await phone();
    for (const [page, team, letters] of [
      [home, HOME, ['A', 'B', 'C']],
      [guest, GUEST, ['X', 'Y', 'Z']],
    ] as const) {
      await signIn(page, captains[team]!.email, 'captain-password');
      await page.getByRole('link', { name: 'Đội của tôi' }).click();
      await page.getByRole('heading', { name: 'Đội của tôi' }).waitFor();
      await page.getByText('Trận đấu tới').waitFor();
      await screen(page, `my-team-${letters[0]}`);
      await page.locator('.my-team__fixture').first().click();
      await page.getByRole('heading', { name: 'Đội hình của bạn' }).waitFor();
      for (const [i, letter] of letters.entries()) {
        await page.getByLabel(`Vị trí ${letter}`).selectOption({ label: ROSTERS[team]![i]! });
      }
      await screen(page, `lineup-${letters[0]}`);
      await page.getByRole('button', { name: 'Lưu đội hình' }).click();
      await page.getByText('Đã lưu đội hình.').waitFor();
    }
    const lineups = (await t.request({ method: 'GET', url: `/api/v1/fixtures/${fixtureId}/lineups` })).json()
      .data;
    expect(lineups.complete).toBe(true);
  });

  it('the home captain enters the results while a fan follows the leaderboard live', async () => {
    fan = await phone();
    await fan.goto(baseUrl);
    await expect.poll(() => fan.locator('.live').innerText(), { timeout: 15_000 }).toBe('Trực tiếp');
    const khoa = fan.locator('tbody tr', { hasText: 'Đỗ Văn Khoa' });
    const before = await khoa.locator('td.points').innerText();

    await home.reload();
    for (let order = 1; order <= 3; order++) {
      await home.getByRole('link', { name: 'Nhập kết quả' }).first().click();
      for (let game = 1; game <= 3; game++) {
        await home.getByLabel(`Ván ${game}, điểm của ${HOME}`).fill('11');
        await home.getByLabel(`Ván ${game}, điểm của ${GUEST}`).fill('7');
      }
      if (order === 1) await screen(home, 'result-entry');
      await home.getByRole('button', { name: 'Ghi kết quả' }).click();
      await home.getByText(`Đã ghi kết quả trận ${order}.`).waitFor();
    }
    await expect.poll(() => khoa.locator('td.points').innerText(), { timeout: 10_000 }).not.toBe(before);
    await screen(fan, 'fan-leaderboard');
    // The team table is one per division, top division first.
    await fan.getByRole('link', { name: 'Các đội', exact: true }).click();
    await expect
      .poll(() => fan.locator('h2.section-title').allInnerTexts())
      .toEqual(['Hạng Nhất', 'Hạng Nhì']);
    await fan.locator('section[aria-label="Hạng Nhất"] tbody tr').first().getByText(HOME).waitFor();
    await screen(fan, 'standings-divisions');
    // 3–0 in a WORLD_TEAM fixture is decided: the rest is not played and the opponent must confirm.
    const fixture = (await t.request({ method: 'GET', url: `/api/v1/fixtures/${fixtureId}` })).json().data;
    expect([fixture.status, fixture.confirmation]).toEqual(['COMPLETED', 'PENDING']);
    // The side that entered the results is not offered to confirm them.
    await home.reload();
    await home.locator('h1 .score', { hasText: '3 – 0' }).waitFor();
    expect(await home.getByRole('button', { name: 'Xác nhận kết quả' }).count()).toBe(0);
  });

  it('the guest captain confirms the result', async () => {
    await guest.reload();
    await guest.getByRole('heading', { name: 'Xác nhận kết quả' }).waitFor();
    await screen(guest, 'confirm');
    await guest.getByRole('button', { name: 'Xác nhận kết quả' }).click();
    await expect
      .poll(
        async () =>
          (await t.request({ method: 'GET', url: `/api/v1/fixtures/${fixtureId}` })).json().data.confirmation,
      )
      .toBe('CONFIRMED');
    await guest.getByRole('heading', { name: 'Xác nhận kết quả' }).waitFor({ state: 'detached' });
  });

  it('the organiser locks the round and finalizes it after the preview', async () => {
    const admin = await phone();
    await signIn(admin, 'admin@league.test', 'admin-password');
    await admin.goto(`${baseUrl}/admin/seasons/${seasonId}`);
    const round = admin.locator('.round-row', { hasText: 'Vòng 1' });
    await round.getByRole('button', { name: 'Khóa vòng' }).click();
    await round.getByRole('button', { name: 'Xác nhận khóa' }).click();
    await round.getByText('Đã khóa').waitFor();
    await round.getByRole('button', { name: 'Chốt vòng' }).click();
    await round
      .getByText(/Không ai thay đổi hạng|→/)
      .first()
      .waitFor();
    await screen(admin, 'finalize-preview');
    await round.getByRole('button', { name: 'Chốt ngay' }).click();
    await round.getByText('Đã chốt').waitFor();
    const rounds = (await t.request({ method: 'GET', url: `/api/v1/seasons/${seasonId}/rounds` })).json()
      .data;
    expect(rounds[0].status).toBe('FINALIZED');
  });

  it('every captain screen passes axe-core with nothing serious or critical, and no page failed', () => {
    expect(phones.findings).toEqual([]);
    expect(phones.pageErrors).toEqual([]);
  });
});
