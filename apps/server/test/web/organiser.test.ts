import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { REPO, WEB_DIST } from './browser.js';
import { Phones } from './phones.js';

/**
 * A league night run from phones in Vietnamese, from nothing: the organiser builds a season on the
 * organiser screens alone (teams, players with a photo, registrations, fixtures at 19:30 local time),
 * starts it, a line-up and a result are entered at the table, a fan's phone follows the leaderboard
 * live, and the organiser locks and finalizes the round after seeing its rank movements.
 */
const SEASON = 'Giải Mùa Xuân 2027';
const TEAMS = ['CLB Hoàn Kiếm', 'CLB Ba Đình'];
const PLAYERS: [name: string, search: string, team: string, rank: string][] = [
  ['Nguyễn Văn Hùng', 'hung', 'CLB Hoàn Kiếm', 'B2'],
  ['Trần Thị Lan', 'tran thi', 'CLB Hoàn Kiếm', 'C1'],
  ['Lê Minh Đức', 'duc', 'CLB Ba Đình', 'B2'],
  ['Phạm Thu Hà', 'pham thu', 'CLB Ba Đình', 'C1'],
];

let t: TestApp;
let baseUrl: string;
let phones: Phones;

const phone = () => phones.phone();

const screen = (page: Page, name: string) => phones.screen(page, name);

beforeAll(async () => {
  t = await createTestApp({ WEB_DIST_DIR: WEB_DIST });
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  baseUrl = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
  phones = await Phones.open(baseUrl, 'organiser', 10_000);
}, 180_000);

afterAll(async () => {
  await phones?.close();
  await t?.close();
});

describe('an organiser runs a league night on a phone, in Vietnamese', () => {
  let admin: Page;
  let seasonId = '';
  let home = '';
  let guest = '';
  // Each team's player in the match played below.
  const PLAYS: Record<string, string> = { 'CLB Hoàn Kiếm': 'Nguyễn Văn Hùng', 'CLB Ba Đình': 'Lê Minh Đức' };
  const SECOND: Record<string, string> = { 'CLB Hoàn Kiếm': 'Trần Thị Lan', 'CLB Ba Đình': 'Phạm Thu Hà' };

  // A failed step leaves a picture of where the organiser was.
  afterEach(async ({ task }) => {
    if (task.result?.state === 'fail' && admin) await phones.failed(admin, task.name);
  });

  it('signs in, in Vietnamese because the browser is', async () => {
    admin = await phone();
    await admin.goto(`${baseUrl}/sign-in`);
    expect(await admin.evaluate('document.documentElement.lang')).toBe('vi');
    await admin.getByLabel('Email').fill('admin@league.test');
    await admin.getByLabel('Mật khẩu').fill('wrong-password');
    await admin.getByRole('button', { name: 'Đăng nhập' }).click();
    await admin.getByText('Email và mật khẩu không khớp với tài khoản nào.').waitFor();
    await screen(admin, 'sign-in-refused');
    await admin.getByLabel('Mật khẩu').fill('admin-password');
    await admin.getByRole('button', { name: 'Đăng nhập' }).click();
    await admin.getByRole('link', { name: 'Tài khoản' }).waitFor();
    await admin.getByRole('link', { name: 'Ban tổ chức' }).click();
    await admin.getByRole('heading', { name: 'Ban tổ chức' }).waitFor();
    await screen(admin, 'home');
  });

  it('enters the teams and the players, one with a photo, and finds a player without accents', async () => {
    await admin.locator('a[href="/admin/teams"]').click();
    for (const team of TEAMS) {
      await admin.getByLabel('Tên đội mới').fill(team);
      await admin.getByRole('button', { name: 'Thêm đội' }).click();
      await admin.locator('.admin-row', { hasText: team }).waitFor();
    }
    await screen(admin, 'teams');

    await admin.goto(`${baseUrl}/admin/players`);
    for (const [name] of PLAYERS) {
      await admin.getByLabel('Họ tên vận động viên mới').fill(name);
      await admin.getByRole('button', { name: 'Thêm vận động viên' }).click();
      await admin.locator('.admin-row', { hasText: name }).waitFor();
    }
    const lan = admin.locator('.admin-row', { hasText: 'Trần Thị Lan' });
    await lan.getByText('Sửa').click();
    await lan.getByLabel('Ảnh').setInputFiles(path.join(REPO, 'apps/web/public/icons/icon-192.png'));
    await lan.getByText('Đã lưu ảnh.').waitFor();
    await expect.poll(() => lan.locator('img.avatar').count()).toBe(1);
    await screen(admin, 'players');

    await admin.getByLabel('Tìm vận động viên').fill('duc');
    await expect
      .poll(() => admin.locator('.admin-row').allInnerTexts())
      .toEqual([expect.stringContaining('Lê Minh Đức')]);
  });

  it('creates the season with the rules explained, enters teams and registers players', async () => {
    await admin.goto(`${baseUrl}/admin`);
    await admin.getByRole('link', { name: 'Mùa giải mới' }).click();
    await admin.getByText('Số ván mỗi trận (tối đa)').waitFor();
    await admin.getByText('Số lẻ: 5 ván nghĩa là ai thắng trước 3 ván sẽ thắng trận.').waitFor();
    // A rule the domain refuses is caught before anything is sent.
    await admin.getByLabel('Số ván mỗi trận (tối đa)').fill('4');
    await admin.getByLabel('Tên mùa giải').fill(SEASON);
    await admin.getByLabel('Năm').fill('2027');
    await admin.getByRole('button', { name: 'Tạo mùa giải' }).click();
    await admin.getByText('Một số luật nằm ngoài giới hạn').waitFor();
    await screen(admin, 'season-rules');
    await admin.getByLabel('Số ván mỗi trận (tối đa)').fill('5');
    await admin.getByRole('button', { name: 'Tạo mùa giải' }).click();
    await admin.getByRole('heading', { name: SEASON }).waitFor();
    seasonId = admin.url().split('/').pop() ?? '';

    for (const team of TEAMS) {
      await admin.getByLabel('Thêm đội vào mùa giải').selectOption({ label: team });
      await admin.getByRole('button', { name: 'Thêm đội' }).click();
      await admin.locator('section[aria-labelledby="season-teams"] li', { hasText: team }).waitFor();
      // The form empties itself once the team is in: the next one starts from a clean form.
      await expect.poll(() => admin.getByLabel('Thêm đội vào mùa giải').inputValue()).toBe('');
    }
    const registrations = admin.locator('section[aria-labelledby="registrations"]');
    const register = registrations.locator('.register-form');
    for (const [name, search, team, rank] of PLAYERS) {
      await register.getByLabel('Tìm vận động viên').fill(search);
      const select = register.getByLabel('Vận động viên', { exact: true });
      await select.locator('option', { hasText: name }).waitFor({ state: 'attached' });
      await select.selectOption({ label: name });
      await register.getByLabel('Đội', { exact: true }).selectOption({ label: team });
      await register.getByLabel('Hạng', { exact: true }).selectOption(rank);
      await register.getByRole('button', { name: 'Đăng ký', exact: true }).click();
      await registrations.locator('.registration', { hasText: name }).waitFor();
      await expect.poll(() => register.getByLabel('Tìm vận động viên').inputValue()).toBe('');
    }
    await screen(admin, 'season');
  });

  it('generates the fixtures at 19:30 local time and starts the season', async () => {
    await admin.getByLabel('Ngày của vòng 1').fill('2027-03-03');
    expect(await admin.getByLabel('Giờ bắt đầu').inputValue()).toBe('19:30');
    await admin.getByRole('button', { name: 'Tạo lịch' }).click();
    await admin.getByText(/Đã tạo 1 trận, mỗi trận lúc 19:30/).waitFor();
    const fixtures = (await t.request({ method: 'GET', url: `/api/v1/seasons/${seasonId}/fixtures` })).json()
      .data;
    expect(fixtures.map((fixture: { scheduled_at: string }) => fixture.scheduled_at)).toEqual([
      '2027-03-03T12:30:00.000Z',
    ]);
    home = fixtures[0].home_team_name;
    guest = fixtures[0].guest_team_name;

    await admin.getByRole('button', { name: 'Bắt đầu mùa giải' }).click();
    await admin.getByText(/trở thành mùa giải đang diễn ra/).waitFor();
    await screen(admin, 'season-start-confirm');
    await admin.getByRole('button', { name: 'Bắt đầu ngay' }).click();
    await admin.getByText(`2027 · Đang diễn ra`).waitFor();
  });

  it('enters a line-up and a result at the table while a fan follows the leaderboard live', async () => {
    const fan = await phone();
    await fan.goto(baseUrl);
    await expect.poll(() => fan.locator('.live').innerText(), { timeout: 15_000 }).toBe('Trực tiếp');
    const hung = fan.locator('tbody tr', { hasText: 'Nguyễn Văn Hùng' });
    const before = await hung.locator('td.points').innerText();
    await screen(fan, 'fan-leaderboard');

    await admin.getByRole('link', { name: 'Lịch đấu' }).click();
    const card = admin.locator('.fixture-card').first();
    expect(await card.innerText()).toContain('19:30');
    await screen(admin, 'fixtures');
    await card.click();
    await admin.getByRole('button', { name: 'Thêm trận' }).click();
    const form = admin.getByRole('form', { name: 'Thêm trận' });
    for (const [label, name] of [
      ['Vận động viên chủ nhà', PLAYS[home] ?? ''],
      ['Vận động viên đội khách', PLAYS[guest] ?? ''],
    ] as const) {
      const select = form.getByLabel(label, { exact: true });
      const value = await select.locator('option', { hasText: name }).getAttribute('value');
      await select.selectOption(value ?? '');
    }
    await form.getByRole('button', { name: 'Lưu trận' }).click();
    await form.getByText('Đã thêm trận 1.').waitFor();
    // The form stays open for the next match of the line-up: number 2 is already chosen.
    for (const [label, name] of [
      ['Vận động viên chủ nhà', SECOND[home] ?? ''],
      ['Vận động viên đội khách', SECOND[guest] ?? ''],
    ] as const) {
      const select = form.getByLabel(label, { exact: true });
      const value = await select.locator('option', { hasText: name }).getAttribute('value');
      await select.selectOption(value ?? '');
    }
    await form.getByRole('button', { name: 'Lưu trận' }).click();
    await form.getByText('Đã thêm trận 2.').waitFor();
    await screen(admin, 'lineup');
    await form.getByRole('button', { name: 'Xong' }).click();

    await admin.getByRole('link', { name: 'Nhập kết quả' }).first().click();
    for (let game = 1; game <= 3; game++) {
      // Hùng (CLB Hoàn Kiếm) wins every game, whichever side his team plays on.
      await admin.getByLabel(`Ván ${game}, điểm của CLB Hoàn Kiếm`).fill('11');
      await admin.getByLabel(`Ván ${game}, điểm của CLB Ba Đình`).fill('6');
    }
    await admin.getByText('Nguyễn Văn Hùng thắng 3–0').waitFor();
    await screen(admin, 'result-entry');
    await admin.getByRole('button', { name: 'Ghi kết quả' }).click();
    await admin.getByText('Đã ghi kết quả trận 1.').waitFor();
    await expect.poll(() => hung.locator('td.points').innerText(), { timeout: 10_000 }).not.toBe(before);
    await screen(fan, 'fan-leaderboard-after');
  });

  it('enters a result offline: queued with its key, kept across a reload, sent by itself, recorded once', async () => {
    const fixtureUrl = admin.url().split('?')[0] ?? '';
    await admin.goto(fixtureUrl);
    await admin.getByRole('link', { name: 'Nhập kết quả' }).waitFor();
    await admin.context().setOffline(true);
    await admin.getByRole('link', { name: 'Nhập kết quả' }).click();
    await admin.getByText('Bạn đang ngoại tuyến').waitFor();
    for (let game = 1; game <= 3; game++) {
      await admin.getByLabel(`Ván ${game}, điểm của CLB Hoàn Kiếm`).fill('11');
      await admin.getByLabel(`Ván ${game}, điểm của CLB Ba Đình`).fill('9');
    }
    await admin.getByRole('button', { name: 'Ghi kết quả' }).click();
    await admin.getByText('Kết quả trận 2 đã lưu trên điện thoại').waitFor();
    await admin.getByText('Đang chờ gửi').waitFor();
    await admin.reload();
    await admin.getByText(/1 kết quả đã lưu trên điện thoại/).waitFor();
    await screen(admin, 'offline-queue');
    const match = (await t.request({ method: 'GET', url: fixtureUrl.replace(baseUrl, '/api/v1') }))
      .json()
      .data.matches.find((row: { match_order: number }) => row.match_order === 2);
    expect(match.recorded_at).toBeNull();

    await admin.context().setOffline(false);
    await expect
      .poll(() => admin.getByText(/kết quả đã lưu trên điện thoại/).count(), { timeout: 20_000 })
      .toBe(0);
    await admin.getByText(/(11-9|9-11), (11-9|9-11), (11-9|9-11)/).waitFor();
    const logs = await t.database.sql`
      SELECT count(*)::int AS n FROM player_point_logs WHERE source = 'MATCH' AND ref_id = ${match.id}`;
    expect(logs[0]?.n).toBe(2);
  });

  it('locks the round and finalizes it after seeing the rank movements', async () => {
    await admin.goto(`${baseUrl}/admin/seasons/${seasonId}`);
    const round = admin.locator('.round-row', { hasText: 'Vòng 1' });
    await round.getByRole('button', { name: 'Khóa vòng' }).click();
    await round.getByText(/sẽ bị khóa/).waitFor();
    await round.getByRole('button', { name: 'Xác nhận khóa' }).click();
    await round.getByText('Đã khóa').waitFor();
    await round.getByRole('button', { name: 'Chốt vòng' }).click();
    await round.getByText(/Chỉ làm một lần, không hoàn tác được/).waitFor();
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

    // The fixture page no longer offers what the server would refuse.
    await admin.goto(`${baseUrl}/fixtures`);
    await admin.locator('.fixture-card').first().click();
    await admin.getByText(/Vòng 1 đã chốt/).waitFor();
    expect(await admin.getByRole('button', { name: /Hủy kết quả/ }).count()).toBe(0);
    await screen(admin, 'fixture-finalized');
  });

  it('reads the leaderboard and a fixture offline after a first visit, with a truthful badge', async () => {
    const fan = await phone();
    await fan.goto(baseUrl);
    await fan.waitForFunction(
      'navigator.serviceWorker && navigator.serviceWorker.controller !== null',
      null,
      {
        timeout: 15_000,
      },
    );
    // Second visit, now through the service worker: what is read is kept for later.
    await fan.reload();
    await fan.locator('tbody tr', { hasText: 'Nguyễn Văn Hùng' }).waitFor();
    await fan.getByRole('link', { name: 'Lịch đấu' }).click();
    await fan.locator('.fixture-card').first().click();
    await fan.getByText('Nguyễn Văn Hùng').first().waitFor();
    const fixtureUrl = fan.url();

    await fan.context().setOffline(true);
    await expect.poll(() => fan.locator('.live').innerText()).toBe('Ngoại tuyến');
    await fan.goto(baseUrl);
    await fan.locator('tbody tr', { hasText: 'Nguyễn Văn Hùng' }).waitFor();
    // A page opened without a network may believe it is online (Chromium 150 does, from the worker's copy):
    // the badge says offline once the server is found unreachable.
    await expect.poll(() => fan.locator('.live').innerText()).toBe('Ngoại tuyến');
    await screen(fan, 'offline-leaderboard');
    await fan.goto(fixtureUrl);
    await fan.getByText(/(11-6|6-11), (11-6|6-11), (11-6|6-11)/).waitFor();
    await screen(fan, 'offline-fixture');
    await fan.context().setOffline(false);
    await expect.poll(() => fan.locator('.live').innerText(), { timeout: 20_000 }).toBe('Trực tiếp');
  });

  it('switches to English and back, and remembers the choice', async () => {
    await admin.getByRole('button', { name: 'Switch to English' }).click();
    await admin.getByRole('link', { name: 'Leaderboard' }).waitFor();
    await admin.reload();
    await admin.getByRole('link', { name: 'Leaderboard' }).waitFor();
    await screen(admin, 'fixture-english');
    await admin.getByRole('button', { name: 'Chuyển sang tiếng Việt' }).click();
    await admin.getByRole('link', { name: 'Xếp hạng' }).waitFor();
  });

  it('every screen passes axe-core with nothing serious or critical, and nothing failed in a page', () => {
    expect(phones.findings).toEqual([]);
    expect(phones.pageErrors).toEqual([]);
  });
});
