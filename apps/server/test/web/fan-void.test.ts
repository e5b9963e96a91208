import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { enterTeam, newMatch, newPlayer, newSeason, newTeam, registerPlayer } from '../helpers/factories.js';
import { WEB_DIST } from './browser.js';
import { Phones } from './phones.js';

/**
 * A captain takes back their own entry after seeing what it gives back, and a fan finds players on a
 * 30-player leaderboard without typing accents, then loads past the first 25 rows (SPEC §7, issue 9).
 */
const HOME = 'CLB Tây Hồ';
const GUEST = 'CLB Đống Đa';
const NAMES = [
  'Đỗ Văn Khoa',
  'Đặng Văn Sơn',
  'Phạm Quốc Dũng',
  'Hoàng Thành Dũng',
  'Lê Văn Dung',
  'Nguyễn Thị Hoa',
  'Trần Minh Đức',
  'Bùi Thị Ngọc',
  'Vũ Minh Quân',
  'Ngô Thị Thảo',
  'Lý Quốc Tuấn',
  'Phan Văn Hải',
  'Đinh Thị Lan',
  'Trịnh Văn Nam',
  'Mai Thị Hương',
  'Cao Văn Phúc',
  'Lương Thị Mai',
  'Tạ Văn Hùng',
  'Hồ Thị Yến',
  'Dương Văn Long',
  'Kiều Thị Trang',
  'Lâm Văn Bảo',
  'Quách Thị Vân',
  'Tôn Văn Thắng',
  'Âu Thị Nhung',
  'Chu Văn Lực',
  'Doãn Thị Hạnh',
  'Giáp Văn Tài',
  'Khúc Thị Linh',
  'La Văn Kiên',
];

let t: TestApp;
let baseUrl: string;
let phones: Phones;
let fixtureId = '';
const players: Record<string, { player_id: string; id: string }> = {};
const matches: { captains: string; organiser: string } = { captains: '', organiser: '' };
let captainEmail = '';

const phone = () => phones.phone();

const screen = (page: Page, name: string) => phones.screen(page, name);

const signIn = (page: Page, email: string, password: string) => phones.signIn(page, email, password);

const get = async (url: string) => (await t.request({ method: 'GET', url: `/api/v1${url}` })).json().data;

beforeAll(async () => {
  t = await createTestApp({ WEB_DIST_DIR: WEB_DIST });
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  baseUrl = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
  phones = await Phones.open(baseUrl, 'fan-void');

  const season = await newSeason(t, { name: 'Giải Hà Nội 2027', rules: { result_confirmation: 'OPPONENT' } });
  const home = await newTeam(t, { name: HOME });
  const guest = await newTeam(t, { name: GUEST });
  for (const team of [home, guest]) await enterTeam(t, season.id, team.id);
  for (const [i, full_name] of NAMES.entries()) {
    const player = await newPlayer(t, { full_name });
    players[full_name] = await registerPlayer(t, season.id, {
      player_id: player.id,
      team_id: i % 2 === 0 ? home.id : guest.id,
      // Distinct points: the table's order, and so which 25 rows come first, is known.
      opening_points: 500 - i * 10,
    });
  }
  const user = await t.app.users.create(
    { userId: null, requestId: 'test-setup' },
    { email: 'captain-tay-ho@league.test', password: 'captain-password', role: 'VIEWER' },
  );
  captainEmail = user.email;
  const captaincy = await t.request({
    method: 'POST',
    url: `/api/v1/seasons/${season.id}/teams/${home.id}/captains`,
    as: 'admin',
    payload: { user_id: user.id },
  });
  expect(captaincy.statusCode, captaincy.body).toBe(201);
  expect(
    (await t.request({ method: 'POST', url: `/api/v1/seasons/${season.id}/start`, as: 'admin', payload: {} }))
      .statusCode,
  ).toBe(200);

  const fixture = await t.request({
    method: 'POST',
    url: '/api/v1/fixtures',
    as: 'moderator',
    payload: { season_id: season.id, round: 1, home_team_id: home.id, guest_team_id: guest.id },
  });
  fixtureId = fixture.json().data.id;
  const khoa = players['Đỗ Văn Khoa']!.player_id;
  const son = players['Đặng Văn Sơn']!.player_id;
  matches.captains = (await newMatch(t, fixtureId, 1, [khoa], [son])).id;
  matches.organiser = (
    await newMatch(
      t,
      fixtureId,
      2,
      [players['Phạm Quốc Dũng']!.player_id],
      [players['Hoàng Thành Dũng']!.player_id],
    )
  ).id;
  // The home captain entered match 1 (it waits for the guest captain); the organiser recorded match 2.
  const token = t.app.issueToken({ id: user.id, email: user.email, role: user.role }).token;
  const entered = await t.request({
    method: 'POST',
    url: `/api/v1/matches/${matches.captains}/result`,
    headers: { authorization: `Bearer ${token}` },
    payload: { home_sets: [7, 8, 9], guest_sets: [11, 11, 11] },
  });
  expect(entered.statusCode, entered.body).toBe(200);
  const recorded = await t.request({
    method: 'POST',
    url: `/api/v1/matches/${matches.organiser}/result`,
    as: 'moderator',
    payload: { home_sets: [11, 11, 11], guest_sets: [5, 5, 5] },
  });
  expect(recorded.statusCode, recorded.body).toBe(200);
}, 180_000);

afterAll(async () => {
  await phones?.close();
  await t?.close();
});

/** "+12,5" / "−12,5" as the Vietnamese app writes a point change. */
const signed = (value: number) =>
  `${value > 0 ? '+' : '−'}${new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 }).format(Math.abs(value))}`;

describe('a captain voids their own entry after seeing the points it gives back', () => {
  it('is offered Void only on their own entry, and the dialog lists each player before anything changes', async () => {
    const captain = await phone();
    await signIn(captain, captainEmail, 'captain-password');
    await captain.goto(`${baseUrl}/fixtures/${fixtureId}`);
    const ours = captain.locator('li.match', { hasText: 'Trận 1' });
    const theirs = captain.locator('li.match', { hasText: 'Trận 2' });
    await ours.getByRole('button', { name: /Hủy kết quả/ }).waitFor();
    // Match 2 was recorded by the organiser: a captain may not void it, so it is not offered.
    expect(await theirs.getByRole('button', { name: /Hủy kết quả/ }).count()).toBe(0);

    const applied: { player_name: string; points: number }[] = await get(
      `/matches/${matches.captains}/point-changes`,
    );
    expect(applied.length).toBeGreaterThan(0);
    const before = await get(`/player-seasons/${players['Đặng Văn Sơn']!.id}`);

    await ours.getByRole('button', { name: /Hủy kết quả/ }).click();
    const preview = ours.locator('.void-changes');
    await preview.getByRole('heading', { name: 'Hủy kết quả trận 1 sẽ thay đổi điểm như sau' }).waitFor();
    for (const change of applied) {
      const row = preview.locator('li', { hasText: change.player_name });
      await expect
        .poll(() => row.locator('.void-changes__points').innerText())
        .toBe(`${signed(change.points)} → ${change.points < 0 ? 'trả lại' : 'thu lại'}`);
    }
    // The winner (the guest, Sơn) had points from the match: voiding takes them back.
    expect(applied.find((change) => change.player_name === 'Đặng Văn Sơn')!.points).toBeGreaterThan(0);
    await screen(captain, 'void-preview');
    // Nothing has changed yet.
    expect((await get(`/player-seasons/${players['Đặng Văn Sơn']!.id}`)).accumulated_points).toBe(
      before.accumulated_points,
    );

    await ours.getByLabel('Vì sao hủy kết quả trận 1?').fill('Nhập nhầm tỷ số');
    await ours.getByRole('button', { name: 'Xác nhận hủy' }).click();
    await captain.getByText(/Đã hủy kết quả trận 1/).waitFor();
    const match = (await get(`/fixtures/${fixtureId}`)).matches.find(
      (row: { id: string }) => row.id === matches.captains,
    );
    expect(match.recorded_at).toBeNull();
    const son = await get(`/player-seasons/${players['Đặng Văn Sơn']!.id}`);
    expect(son.accumulated_points).toBe(
      before.accumulated_points - applied.find((c) => c.player_name === 'Đặng Văn Sơn')!.points,
    );
    expect(await get(`/matches/${matches.captains}/point-changes`)).toEqual([]);
  });

  it('the organiser is offered Void on the result they recorded, with its points', async () => {
    const admin = await phone();
    await signIn(admin, 'admin@league.test', 'admin-password');
    await admin.goto(`${baseUrl}/fixtures/${fixtureId}`);
    const recorded = admin.locator('li.match', { hasText: 'Trận 2' });
    await recorded.getByRole('button', { name: /Hủy kết quả/ }).click();
    await recorded.locator('.void-changes li', { hasText: 'Phạm Quốc Dũng' }).getByText('thu lại').waitFor();
    await screen(admin, 'void-preview-organiser');
    await recorded.getByRole('button', { name: 'Giữ kết quả' }).click();
    // Match 1 has no result any more: nothing to void there.
    expect(
      await admin
        .locator('li.match', { hasText: 'Trận 1' })
        .getByRole('button', { name: /Hủy kết quả/ })
        .count(),
    ).toBe(0);
  });
});

describe('the organiser builds a custom team format in the season rules', () => {
  it('chooses two a side, the order of play by position, and the season stores it', async () => {
    const admin = await phone();
    await signIn(admin, 'admin@league.test', 'admin-password');
    await admin.goto(`${baseUrl}/admin/seasons/new`);
    await admin.getByLabel('Tên mùa giải').fill('Giải Mùa Thu 2027');
    await admin.getByLabel('Năm').fill('2027');
    // Starting from Corbillon (A-X, B-Y, D, A-Y, B-X), the organiser trims and reorders it.
    await admin.getByLabel('Thể thức đồng đội').selectOption('CORBILLON');
    await admin.getByLabel('Thể thức đồng đội').selectOption('CUSTOM');
    await admin.getByRole('group', { name: 'Thứ tự thi đấu' }).waitFor();
    await expect.poll(() => admin.locator('.format-slot').count()).toBe(5);
    await admin.getByRole('button', { name: 'Bỏ trận 5' }).click();
    await admin.getByRole('button', { name: 'Bỏ trận 4' }).click();
    await admin.getByLabel('Trận 2: vị trí đội khách').selectOption('X');
    await admin.getByRole('button', { name: 'Thêm trận đơn' }).click();
    await admin.getByLabel('Trận 4: vị trí chủ nhà').selectOption('A');
    await admin.getByLabel('Trận 4: vị trí đội khách').selectOption('Y');
    // Three a side offers C and Z; going back to two marks a slot that uses them.
    await admin.getByLabel('Số người mỗi đội').selectOption('3');
    await admin.getByLabel('Trận 1: vị trí chủ nhà').selectOption('C');
    await admin.getByLabel('Số người mỗi đội').selectOption('2');
    await admin.locator('.format-slot--bad').getByText('Cặp đấu này cần một vị trí').waitFor();
    await screen(admin, 'custom-format');
    await admin.getByLabel('Trận 1: vị trí chủ nhà').selectOption('A');
    expect(await admin.locator('.format-slot--bad').count()).toBe(0);
    await admin.getByRole('button', { name: 'Tạo mùa giải' }).click();
    await admin.getByRole('heading', { name: 'Giải Mùa Thu 2027' }).waitFor();
    const id = admin.url().split('/').pop();
    expect((await get(`/seasons/${id}`)).rules.format).toEqual({
      team_size: 2,
      slots: ['A-X', 'B-X', 'D', 'A-Y'],
    });
  });
});

describe('a fan on the leaderboard', () => {
  it('finds the Dũngs by typing "dung", a whole row opening the player', async () => {
    const fan = await phone();
    await fan.goto(baseUrl);
    await fan.locator('tbody tr').first().waitFor();
    await fan.getByLabel('Tìm vận động viên').fill('dung');
    await expect
      .poll(() => fan.locator('tbody .player-cell__name').allInnerTexts())
      .toEqual(['Phạm Quốc Dũng', 'Hoàng Thành Dũng', 'Lê Văn Dung']);
    expect(new URL(fan.url()).searchParams.get('q')).toBe('dung');
    await screen(fan, 'leaderboard-search');

    // The whole row is the target: at least 44 px tall, and a tap on its points opens the player.
    const row = fan.locator('tbody tr', { hasText: 'Hoàng Thành Dũng' });
    const box = (await row.boundingBox())!;
    expect(box.height).toBeGreaterThanOrEqual(44);
    const link = (await row.getByRole('link').boundingBox())!;
    expect(link.height).toBeGreaterThanOrEqual(44);
    const points = (await row.locator('td.points').boundingBox())!;
    await fan.mouse.click(points.x + points.width / 2, points.y + points.height / 2);
    await fan.waitForURL(`**/players/${players['Hoàng Thành Dũng']!.player_id}**`);

    await fan.goto(`${baseUrl}/?q=zzzz`);
    await fan.getByText('Không tìm thấy vận động viên').waitFor();
  });

  it('sees 25 rows, then all 30 in league order after "show more"', async () => {
    const fan = await phone();
    await fan.goto(baseUrl);
    const names = fan.locator('tbody .player-cell__name');
    await expect.poll(() => names.count()).toBe(25);
    await fan.getByText('Đang hiện 25 trên 30 vận động viên').waitFor();
    await fan.getByRole('button', { name: 'Xem thêm 5' }).click();
    await expect.poll(() => names.count()).toBe(30);
    await fan.getByText('Đang hiện 30 trên 30 vận động viên').waitFor();
    expect(await fan.getByRole('button', { name: /Xem thêm/ }).count()).toBe(0);
    const shown = await names.allInnerTexts();
    const table = (
      await t.request({
        method: 'GET',
        url: `/api/v1/seasons/${(await get(`/fixtures/${fixtureId}`)).season_id}/leaderboard?limit=50`,
      })
    ).json().data;
    expect(shown).toEqual(table.map((row: { player_name: string }) => row.player_name));
    expect(new Set(shown).size).toBe(30);
    await screen(fan, 'leaderboard-more');
  });

  it('every new screen passes axe-core with nothing serious or critical, and no page failed', () => {
    expect(phones.findings).toEqual([]);
    expect(phones.pageErrors).toEqual([]);
  });
});
