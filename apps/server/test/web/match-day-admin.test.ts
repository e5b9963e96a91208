import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { newMatch, newPlayer, newTeam, registerPlayer } from '../helpers/factories.js';
import { WEB_DIST } from './browser.js';
import { Phones } from './phones.js';

/**
 * The organiser's match-day work on a phone, in Vietnamese (SPEC §6, §7): a captain disputes a result
 * and the organiser resolves it from the disputes list; a forfeit; a fixture postponed with a reason and
 * rescheduled; a team withdrawn after seeing which fixtures become walkovers; a division renamed; and
 * the roll-over to the next season after seeing who goes up and down. The league itself is set up
 * through the API (organiser.test.ts drives those screens).
 */
const DIVISIONS = { top: 'Hạng Nhất', second: 'Hạng Nhì' };
const TEAMS = {
  tayHo: ['CLB Tây Hồ', 'top', 'Đỗ Văn Khoa'],
  dongDa: ['CLB Đống Đa', 'top', 'Đặng Văn Sơn'],
  cauGiay: ['CLB Cầu Giấy', 'top', 'Lý Quốc Tuấn'],
  longBien: ['CLB Long Biên', 'second', 'Bùi Thị Ngọc'],
  hoangMai: ['CLB Hoàng Mai', 'second', 'Ngô Thị Thảo'],
} as const;
type TeamKey = keyof typeof TEAMS;

let t: TestApp;
let baseUrl: string;
let phones: Phones;
let seasonId = '';
const teamIds = {} as Record<TeamKey, string>;
const playerIds = {} as Record<TeamKey, string>;
const divisionIds = {} as Record<'top' | 'second', string>;
const fixtures = {} as Record<'disputed' | 'forfeit' | 'postponed' | 'r2a' | 'r2b' | 'r2c', string>;
const captains = {} as Record<'tayHo' | 'dongDa', { email: string; token: string }>;

const phone = () => phones.phone();

const screen = (page: Page, name: string) => phones.screen(page, name);

const signIn = (page: Page, email: string, password: string) => phones.signIn(page, email, password);

async function api(method: 'GET' | 'POST', url: string, payload?: object, token?: string) {
  const response = await t.request({
    method,
    url: `/api/v1${url}`,
    payload,
    ...(token ? { headers: { authorization: `Bearer ${token}` } } : { as: 'admin' as const }),
  });
  expect(response.statusCode, response.body).toBeLessThan(300);
  return response.json().data;
}

const fixture = (id: string) => api('GET', `/fixtures/${id}`);

beforeAll(async () => {
  t = await createTestApp({ WEB_DIST_DIR: WEB_DIST });
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  baseUrl = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
  phones = await Phones.open(baseUrl, 'match-day-admin');

  const season = await api('POST', '/seasons', {
    name: 'Giải Hà Nội 2027',
    year: 2027,
    rules: { result_confirmation: 'OPPONENT' },
  });
  seasonId = season.id;
  divisionIds.top = (
    await api('POST', `/seasons/${seasonId}/divisions`, {
      name: DIVISIONS.top,
      level: 1,
      relegation_places: 1,
    })
  ).id;
  divisionIds.second = (
    await api('POST', `/seasons/${seasonId}/divisions`, {
      name: DIVISIONS.second,
      level: 2,
      promotion_places: 1,
    })
  ).id;
  for (const [key, [name, division, player]] of Object.entries(TEAMS) as [
    TeamKey,
    (typeof TEAMS)[TeamKey],
  ][]) {
    teamIds[key] = (await newTeam(t, { name })).id;
    await api('POST', `/seasons/${seasonId}/teams`, {
      team_id: teamIds[key],
      division_id: divisionIds[division],
    });
    const row = await newPlayer(t, { full_name: player });
    await registerPlayer(t, seasonId, { player_id: row.id, team_id: teamIds[key], opening_points: 100 });
    playerIds[key] = row.id;
  }
  for (const key of ['tayHo', 'dongDa'] as const) {
    const email = `captain-${key.toLowerCase()}@league.test`;
    const user = await t.app.users.create(
      { userId: null, requestId: 'test-setup' },
      { email, password: 'captain-password', role: 'VIEWER' },
    );
    await api('POST', `/seasons/${seasonId}/teams/${teamIds[key]}/captains`, { user_id: user.id });
    captains[key] = { email, token: t.app.issueToken({ id: user.id, email, role: 'VIEWER' }).token };
  }
  await api('POST', `/seasons/${seasonId}/start`, {});

  const plan: [keyof typeof fixtures, number, TeamKey, TeamKey, string][] = [
    ['disputed', 1, 'tayHo', 'dongDa', '2027-03-03T12:30:00Z'],
    ['forfeit', 1, 'tayHo', 'cauGiay', '2027-03-04T12:30:00Z'],
    ['postponed', 1, 'longBien', 'hoangMai', '2027-03-05T12:30:00Z'],
    ['r2a', 2, 'dongDa', 'cauGiay', '2027-03-10T12:30:00Z'],
    ['r2b', 2, 'cauGiay', 'tayHo', '2027-03-11T12:30:00Z'],
    ['r2c', 2, 'hoangMai', 'longBien', '2027-03-12T12:30:00Z'],
  ];
  for (const [key, round, home, guest, scheduled_at] of plan) {
    fixtures[key] = (
      await api('POST', '/fixtures', {
        season_id: seasonId,
        round,
        home_team_id: teamIds[home],
        guest_team_id: teamIds[guest],
        scheduled_at,
      })
    ).id;
  }
  // The home captain enters the result of the first fixture: it waits for the guest captain.
  const disputed = await newMatch(t, fixtures.disputed, 1, [playerIds.tayHo], [playerIds.dongDa]);
  await api(
    'POST',
    `/matches/${disputed.id}/result`,
    { home_sets: [11, 11, 11], guest_sets: [7, 8, 9] },
    captains.tayHo.token,
  );
  await newMatch(t, fixtures.forfeit, 1, [playerIds.tayHo], [playerIds.cauGiay]);
  expect((await fixture(fixtures.disputed)).confirmation).toBe('PENDING');
}, 180_000);

afterAll(async () => {
  await phones?.close();
  await t?.close();
});

describe('the organiser handles match-day problems on a phone, in Vietnamese', () => {
  let admin: Page;

  afterEach(async ({ task }) => {
    if (task.result?.state === 'fail' && admin) await phones.failed(admin, task.name);
  });

  it('a captain disputes the result; the organiser finds it in the disputes list and resolves it', async () => {
    const guest = await phone();
    await signIn(guest, captains.dongDa.email, 'captain-password');
    await guest.goto(`${baseUrl}/fixtures/${fixtures.disputed}`);
    await guest.getByRole('heading', { name: 'Xác nhận kết quả' }).waitFor();
    await guest.getByRole('button', { name: 'Khiếu nại' }).click();
    await guest.getByLabel('Kết quả sai ở đâu?').fill('Ván 3 là 9-11, không phải 11-9');
    await screen(guest, 'captain-dispute');
    await guest.getByRole('button', { name: 'Gửi khiếu nại' }).click();
    await expect.poll(async () => (await fixture(fixtures.disputed)).confirmation).toBe('DISPUTED');

    admin = await phone();
    await signIn(admin, 'admin@league.test', 'admin-password');
    await admin.getByRole('link', { name: 'Ban tổ chức' }).click();
    await admin.getByRole('link', { name: /Kết quả bị khiếu nại/ }).click();
    const dispute = admin.locator('li', { hasText: 'CLB Tây Hồ 1 – 0 CLB Đống Đa' });
    await dispute.getByText('Lý do: Ván 3 là 9-11, không phải 11-9').waitFor();
    const resolve = dispute.getByRole('button', { name: 'Giải quyết: giữ kết quả hiện tại' });
    // Nothing to send without a note for the captains.
    expect(await resolve.isDisabled()).toBe(true);
    await dispute.getByLabel('Ghi chú cho hai đội trưởng').fill('Đã xem biên bản: kết quả đúng');
    await screen(admin, 'disputes');
    await resolve.click();
    await admin.getByText('Không có kết quả nào bị khiếu nại').waitFor();
    await screen(admin, 'disputes-empty');
    expect((await fixture(fixtures.disputed)).confirmation).toBe('CONFIRMED');
  });

  it('records a forfeit after saying who wins and what it gives', async () => {
    await admin.goto(`${baseUrl}/fixtures/${fixtures.forfeit}`);
    await admin.getByText('Ban tổ chức: ngày, địa điểm, hoãn, bỏ cuộc, xử thắng').click();
    await admin.getByLabel('Trận không thi đấu').selectOption({ index: 1 });
    await admin.getByLabel('Bên không thi đấu').selectOption('guest');
    await admin.getByLabel('Lý do bỏ cuộc').fill('Vận động viên bị ốm');
    await admin.getByRole('button', { name: 'Ghi bỏ cuộc' }).click();
    await admin.getByText(/CLB Tây Hồ thắng trận 1 do đối phương bỏ cuộc, 3–0 về ván/).waitFor();
    await screen(admin, 'forfeit-confirm');
    await admin.getByRole('button', { name: 'Xác nhận bỏ cuộc' }).click();
    await admin.locator('h1 .score', { hasText: '1 – 0' }).waitFor();
    const after = await fixture(fixtures.forfeit);
    expect([after.status, after.home_score, after.guest_score]).toEqual(['COMPLETED', 1, 0]);
    // Nothing is left to settle on a completed fixture: the organiser's tools are gone.
    await expect.poll(() => admin.getByText(/^Ban tổ chức: ngày/).count()).toBe(0);
  });

  it('postpones a fixture with a reason, then reschedules it in the league’s time', async () => {
    await admin.goto(`${baseUrl}/fixtures/${fixtures.postponed}`);
    await admin.getByText('Ban tổ chức: ngày, địa điểm, hoãn, bỏ cuộc, xử thắng').click();
    await admin.getByRole('button', { name: 'Hoãn trận', exact: true }).click();
    await admin.getByText(/Trận CLB Long Biên – CLB Hoàng Mai bị hoãn/).waitFor();
    const confirm = admin.getByRole('button', { name: 'Xác nhận hoãn' });
    expect(await confirm.isDisabled()).toBe(true);
    await admin.getByLabel('Lý do hoãn (được lưu trong nhật ký)').fill('Nhà thi đấu mất điện');
    await screen(admin, 'postpone-confirm');
    await confirm.click();
    await admin.getByRole('heading', { name: 'Ngày thi đấu mới' }).waitFor();
    expect((await fixture(fixtures.postponed)).status).toBe('POSTPONED');
    await admin.getByLabel('Ngày', { exact: true }).fill('2027-03-20');
    await admin.getByLabel('Giờ bắt đầu').fill('20:00');
    await screen(admin, 'reschedule');
    await admin.getByRole('button', { name: 'Xếp lại lịch' }).click();
    await admin.getByText('Đã lưu.').waitFor();
    const after = await fixture(fixtures.postponed);
    expect([after.status, after.scheduled_at]).toEqual(['SCHEDULED', '2027-03-20T13:00:00.000Z']);
    const audit = await api('GET', `/audit?entity_id=${fixtures.postponed}&action=fixture.postpone`);
    expect(audit.map((event: { after: { reason: string } }) => event.after.reason)).toEqual([
      'Nhà thi đấu mất điện',
    ]);
  });

  it('withdraws a team after seeing which fixtures become walkovers', async () => {
    await admin.goto(`${baseUrl}/admin/seasons/${seasonId}`);
    const row = admin
      .locator('section[aria-labelledby="season-teams"] li', { hasText: 'CLB Cầu Giấy' })
      .first();
    await row.getByRole('button', { name: 'Rút đội' }).click();
    const walkovers = row.getByRole('list', { name: 'Các trận sẽ được xử thắng' });
    await walkovers.waitFor();
    // Round 1 against Tây Hồ was played (forfeited): only the two round 2 fixtures change.
    expect((await walkovers.locator('li').allInnerTexts()).sort()).toEqual([
      expect.stringMatching(/^Vòng 2 gặp CLB Tây Hồ, /),
      expect.stringMatching(/^Vòng 2 gặp CLB Đống Đa, /),
    ]);
    const confirm = row.getByRole('button', { name: 'Rút đội ngay' });
    expect(await confirm.isDisabled()).toBe(true);
    await row.getByLabel('Lý do', { exact: true }).fill('Không đủ người thi đấu');
    await screen(admin, 'withdraw-confirm');
    await confirm.click();
    // The confirmation closes and the row is marked withdrawn, without the tools of a playing team.
    await row.getByRole('button', { name: 'Rút đội ngay' }).waitFor({ state: 'detached' });
    await row.locator('.muted.small', { hasText: 'đã rút' }).first().waitFor();
    expect(await row.getByRole('button', { name: 'Rút đội' }).count()).toBe(0);
    expect([(await fixture(fixtures.r2a)).status, (await fixture(fixtures.r2b)).status]).toEqual([
      'WALKOVER',
      'WALKOVER',
    ]);
    expect((await fixture(fixtures.r2c)).status).toBe('SCHEDULED');
  });

  it('renames a division and is told, before saving, that a level is taken', async () => {
    // By place, not by name: the name is what changes.
    const second = admin.locator('section[aria-labelledby="divisions"] > ul > li').nth(1);
    await second.getByText(DIVISIONS.second).first().waitFor();
    await second.getByLabel('Tên', { exact: true }).fill('Hạng Hai');
    await second.getByLabel('Cấp hạng (1 = cao nhất)').fill('1');
    await second.getByText('Cấp 1 đang là Hạng Nhất').waitFor();
    expect(await second.getByRole('button', { name: 'Lưu' }).isDisabled()).toBe(true);
    await screen(admin, 'division-level-taken');
    await second.getByLabel('Cấp hạng (1 = cao nhất)').fill('2');
    await second.getByRole('button', { name: 'Lưu' }).click();
    await second.getByText('Đã lưu.').waitFor();
    const divisions = await api('GET', `/seasons/${seasonId}/divisions`);
    expect(divisions.map((d: { name: string; level: number }) => [d.name, d.level])).toEqual([
      ['Hạng Nhất', 1],
      ['Hạng Hai', 2],
    ]);
  });

  it('rolls over to the next season after seeing who goes up and who goes down', async () => {
    await api('POST', `/seasons/${seasonId}/finish`, { force: true, reason: 'Hết mùa' });
    await admin.goto(`${baseUrl}/admin/seasons/${seasonId}`);
    const rollover = admin.locator('section[aria-labelledby="rollover"]');
    await rollover.getByLabel('Tên mùa giải').fill('Giải Hà Nội 2028');
    expect(await rollover.getByLabel('Năm').inputValue()).toBe('2028');
    await rollover.getByRole('button', { name: 'Tạo mùa giải tiếp theo' }).click();
    const moves = rollover.getByRole('list', { name: 'Thay đổi hạng đấu' });
    await moves.waitFor();
    const shown = await moves.locator('li').allInnerTexts();
    // Tây Hồ won everything, Đống Đa is last of the top division (Cầu Giấy withdrew and stays behind).
    expect(shown).toEqual([
      expect.stringContaining('CLB Đống Đa xuống hạng: Hạng Nhất → Hạng Hai'),
      expect.stringMatching(/CLB (Long Biên|Hoàng Mai) lên hạng: Hạng Hai → Hạng Nhất/),
    ]);
    await rollover.getByText('với 4 đội').waitFor();
    await screen(admin, 'rollover-preview');
    await rollover.getByRole('button', { name: 'Tạo ngay' }).click();
    await rollover.getByRole('link', { name: 'Mở Giải Hà Nội 2028' }).click();
    await admin.getByRole('heading', { name: 'Giải Hà Nội 2028' }).waitFor();
    await screen(admin, 'next-season');

    // What the preview said is what the server did.
    const seasons = await api('GET', '/seasons?limit=50');
    const next = seasons.find((s: { name: string }) => s.name === 'Giải Hà Nội 2028');
    const [top, second] = await api('GET', `/seasons/${next.id}/divisions`);
    const entered = await api('GET', `/seasons/${next.id}/teams`);
    const divisionOf = (name: string) =>
      entered.find((team: { team_name: string }) => team.team_name === name)?.division_id;
    expect(divisionOf('CLB Đống Đa')).toBe(second.id);
    expect(divisionOf('CLB Tây Hồ')).toBe(top.id);
    expect(divisionOf('CLB Cầu Giấy')).toBeUndefined();
    const promoted = /CLB (Long Biên|Hoàng Mai)/.exec(shown[1] ?? '')?.[0] ?? '';
    const stayed = promoted === 'CLB Long Biên' ? 'CLB Hoàng Mai' : 'CLB Long Biên';
    expect([divisionOf(promoted), divisionOf(stayed)]).toEqual([top.id, second.id]);
  });

  it('every screen passes axe-core with nothing serious or critical, and no page failed', () => {
    expect(phones.findings).toEqual([]);
    expect(phones.pageErrors).toEqual([]);
  });
});
