import { writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { ARTIFACTS } from './a11y.js';
import { WEB_DIST } from './browser.js';
import { type League, seedLeague } from './league.js';

let t: TestApp;
let league: League;

beforeAll(async () => {
  t = await createTestApp({ WEB_DIST_DIR: WEB_DIST });
  league = await seedLeague(t);
}, 180_000);
afterAll(() => t?.close());

const meta = (html: string, property: string) =>
  new RegExp(`<meta property="${property}" content="([^"]*)"`).exec(html)?.[1];

describe('link previews in chats (Open Graph)', () => {
  it("gives a fixture's page its score as title and a card image, in Vietnamese by default", async () => {
    const page = await t.request({ method: 'GET', url: `/fixtures/${league.fixtureId}` });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.body).toContain('<div id="root">');
    expect(meta(page.body, 'og:title')).toMatch(/^Hanoi Smashers \d+ – \d+ Saigon Spinners$/);
    expect(meta(page.body, 'og:description')).toBe('Giải Bóng Bàn · Vòng 1');
    expect(meta(page.body, 'og:locale')).toBe('vi_VN');
    const image = meta(page.body, 'og:image') ?? '';
    expect(image).toMatch(new RegExp(`/share/fixtures/${league.fixtureId}\\.png$`));

    const card = await t.request({ method: 'GET', url: new URL(image).pathname });
    expect(card.statusCode).toBe(200);
    expect(card.headers['content-type']).toBe('image/png');
    const { width, height, format } = await sharp(card.rawPayload).metadata();
    expect({ width, height, format }).toEqual({ width: 1200, height: 630, format: 'png' });
    writeFileSync(path.join(ARTIFACTS, 'share-fixture-card.png'), card.rawPayload);
  });

  it('speaks English to a crawler that asks in English, for a player and the leaderboard', async () => {
    const player = Object.values(league.players)[0];
    const page = await t.request({
      method: 'GET',
      url: `/players/${player?.player_id}`,
      headers: { 'accept-language': 'en-GB,en;q=0.9' },
    });
    expect(meta(page.body, 'og:title')).toBe(player?.name);
    expect(meta(page.body, 'og:locale')).toBe('en_GB');
    const board = await t.request({ method: 'GET', url: '/', headers: { 'accept-language': 'en' } });
    expect(meta(board.body, 'og:title')).toBe('Leaderboard · Spring League 2026');
    expect(meta(board.body, 'og:description')).toMatch(/^1\. .+ points/);
    const card = await t.request({ method: 'GET', url: '/share/leaderboard.png?lang=en' });
    expect(card.headers['content-type']).toBe('image/png');
  });

  it('leaves other pages and unknown ids as the plain app, and a missing card is a JSON 404', async () => {
    const unknown = await t.request({ method: 'GET', url: '/fixtures/00000000-0000-4000-8000-000000000000' });
    expect(unknown.statusCode).toBe(200);
    expect(unknown.body).not.toContain('og:title');
    const card = await t.request({
      method: 'GET',
      url: '/share/fixtures/00000000-0000-4000-8000-000000000000.png',
    });
    expect(card.statusCode).toBe(404);
    expect(card.json().error_code).toBe('NOT_FOUND');
    const standings = await t.request({ method: 'GET', url: '/standings' });
    expect(standings.body).not.toContain('og:title');
  });
});
