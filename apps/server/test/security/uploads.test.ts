import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { newPlayer, newTeam } from '../helpers/factories.js';
import { type FormPart, imageFile, multipartBody } from '../helpers/multipart.js';

const MAX_UPLOAD_SIZE = 300_000;
const STORED = /^\/uploads\/([a-f0-9-]{36}\.webp)$/;

let t: TestApp;
let uploadDir: string;
beforeAll(async () => {
  uploadDir = await mkdtemp(path.join(tmpdir(), 'pingpong-uploads-'));
  t = await createTestApp({ UPLOAD_DIR: uploadDir, MAX_UPLOAD_SIZE: String(MAX_UPLOAD_SIZE) });
});
afterAll(async () => {
  await t.close();
  await rm(uploadDir, { recursive: true, force: true });
});

/** A photo with a gradient (so it does not compress to nothing) and EXIF that must not survive. */
async function photo(format: 'jpeg' | 'png' | 'webp', width = 1024, height = 768): Promise<Buffer> {
  const pixels = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++)
      pixels.fill((x + 2 * y) % 256, (y * width + x) * 3, (y * width + x) * 3 + 3);
  }
  return sharp(pixels, { raw: { width, height, channels: 3 } })
    .withExif({ IFD0: { Copyright: 'secret-exif-marker', Artist: 'GPS 21.0285N 105.8542E' } })
    .toFormat(format)
    .toBuffer();
}

/** A PNG whose header claims 30 000 × 30 000 pixels: tiny on disk, 3.6 GB once decoded. */
function pngBomb(): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(30_000, 0);
  ihdr.writeUInt32BE(30_000, 4);
  ihdr.writeUInt8(8, 8); // bit depth
  ihdr.writeUInt8(0, 9); // greyscale
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.alloc(30_001 * 4))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const upload = (url: string, form: { payload: Buffer; headers: Record<string, string> }, as = 'moderator') =>
  t.request({ method: 'POST', url, as: as as 'moderator', ...form });

const storedFiles = async () => (await readdir(uploadDir)).sort();

async function expectRejected(
  url: string,
  form: { payload: Buffer; headers: Record<string, string> },
  status: number,
  code: string,
) {
  const before = await storedFiles();
  const response = await upload(url, form);
  expect(response.statusCode, response.body).toBe(status);
  expect(response.json().error_code).toBe(code);
  expect(await storedFiles()).toEqual(before);
  return response;
}

describe('accepted images', () => {
  it('re-encodes a JPEG avatar to a bounded WebP without metadata, served read-only with safe headers', async () => {
    const player = await newPlayer(t);
    const response = await upload(
      `/api/v1/players/${player.id}/avatar`,
      imageFile('avatar', await photo('jpeg')),
    );
    expect(response.statusCode, response.body).toBe(200);
    const { avatar_url } = response.json().data;
    const name = STORED.exec(avatar_url)?.[1];
    expect(name).toBeDefined();
    expect(await storedFiles()).toContain(name);

    const served = await t.request({ method: 'GET', url: avatar_url });
    expect(served.statusCode).toBe(200);
    expect(served.headers['content-type']).toBe('image/webp');
    expect(served.headers['x-content-type-options']).toBe('nosniff');
    expect(served.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const meta = await sharp(served.rawPayload).metadata();
    expect(meta).toMatchObject({ format: 'webp', width: 512, height: 384 });
    expect(meta.exif).toBeUndefined();
    expect(served.rawPayload.includes('secret-exif-marker')).toBe(false);

    const stored = await t.request({ method: 'GET', url: `/api/v1/players/${player.id}` });
    expect(stored.json().data.avatar_url).toBe(avatar_url);
  });

  it('accepts PNG and WebP logos and never enlarges a small image', async () => {
    const team = await newTeam(t);
    const png = await upload(
      `/api/v1/teams/${team.id}/logo`,
      imageFile('logo', await photo('png', 120, 60), 'logo.png', 'image/png'),
    );
    expect(png.statusCode, png.body).toBe(200);
    const small = await t.request({ method: 'GET', url: png.json().data.logo_url });
    expect(await sharp(small.rawPayload).metadata()).toMatchObject({ width: 120, height: 60 });

    const webp = await upload(
      `/api/v1/teams/${team.id}/logo`,
      imageFile('logo', await photo('webp', 600, 900), 'logo.webp', 'image/webp'),
    );
    expect(webp.statusCode, webp.body).toBe(200);
    const large = await t.request({ method: 'GET', url: webp.json().data.logo_url });
    expect(await sharp(large.rawPayload).metadata()).toMatchObject({ width: 341, height: 512 });
  });

  it('removes the replaced file once the new one is committed', async () => {
    const player = await newPlayer(t);
    const url = `/api/v1/players/${player.id}/avatar`;
    const first = (await upload(url, imageFile('avatar', await photo('jpeg', 64, 64)))).json().data
      .avatar_url;
    const second = (
      await upload(url, imageFile('avatar', await photo('png', 64, 64), 'a.png', 'image/png'))
    ).json().data.avatar_url;
    expect(second).not.toBe(first);
    expect(existsSync(path.join(uploadDir, STORED.exec(first)![1]!))).toBe(false);
    expect(existsSync(path.join(uploadDir, STORED.exec(second)![1]!))).toBe(true);
    expect((await t.request({ method: 'GET', url: first })).statusCode).toBe(404);
  });

  it('ignores the client file name: a path-traversal name still lands under a random name in UPLOAD_DIR', async () => {
    const player = await newPlayer(t);
    const response = await upload(
      `/api/v1/players/${player.id}/avatar`,
      imageFile('avatar', await photo('png', 32, 32), '../../etc/passwd.png', 'image/png'),
    );
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().data.avatar_url).toMatch(STORED);
    for (const file of await storedFiles()) expect(file).toMatch(/^[a-f0-9-]{36}\.webp$/);
    expect(existsSync(path.join(uploadDir, '..', 'etc'))).toBe(false);
  });

  it('keeps only pixels from a polyglot (an image with a script and an archive appended)', async () => {
    const player = await newPlayer(t);
    const payload = Buffer.concat([
      await photo('jpeg', 64, 64),
      Buffer.from('<script>alert(document.cookie)</script>PK\u0003\u0004polyglot-tail'),
    ]);
    const response = await upload(`/api/v1/players/${player.id}/avatar`, imageFile('avatar', payload));
    expect(response.statusCode, response.body).toBe(200);
    const served = await t.request({ method: 'GET', url: response.json().data.avatar_url });
    expect(served.rawPayload.includes('<script>')).toBe(false);
    expect(served.rawPayload.includes('polyglot-tail')).toBe(false);
  });
});

describe('refused uploads leave no file and no change', () => {
  let playerId: string;
  let url: string;
  beforeAll(async () => {
    playerId = (await newPlayer(t)).id;
    url = `/api/v1/players/${playerId}/avatar`;
  });

  it('decides the type from the bytes: text named .png, an SVG with a script, a GIF', async () => {
    await expectRejected(
      url,
      imageFile('avatar', Buffer.from('just some text, honestly a PNG'), 'avatar.png', 'image/png'),
      415,
      'UNSUPPORTED_MEDIA_TYPE',
    );
    const svg = '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script><rect width="9"/></svg>';
    await expectRejected(
      url,
      imageFile('avatar', Buffer.from(svg), 'a.svg', 'image/svg+xml'),
      415,
      'UNSUPPORTED_MEDIA_TYPE',
    );
    await expectRejected(
      url,
      imageFile('avatar', Buffer.from(svg), 'a.png', 'image/png'),
      415,
      'UNSUPPORTED_MEDIA_TYPE',
    );
    const gif = await sharp({ create: { width: 8, height: 8, channels: 3, background: 'red' } })
      .gif()
      .toBuffer();
    await expectRejected(url, imageFile('avatar', gif, 'a.jpg', 'image/jpeg'), 415, 'UNSUPPORTED_MEDIA_TYPE');
    expect(
      (await t.request({ method: 'GET', url: `/api/v1/players/${playerId}` })).json().data.avatar_url,
    ).toBeNull();
  });

  it('refuses a truncated JPEG and a damaged PNG with a code, never a 500', async () => {
    const jpeg = await photo('jpeg', 256, 256);
    await expectRejected(url, imageFile('avatar', jpeg.subarray(0, jpeg.length / 2)), 400, 'INVALID_IMAGE');
    const png = await photo('png', 128, 128);
    await expectRejected(
      url,
      imageFile('avatar', png.subarray(0, png.length - 200), 'a.png', 'image/png'),
      400,
      'INVALID_IMAGE',
    );
    // Garbage in the middle of the pixel data (IDAT), with the header intact.
    const damaged = Buffer.from(png);
    damaged.fill(0x41, Math.floor(png.length / 2), Math.floor(png.length / 2) + 64);
    await expectRejected(url, imageFile('avatar', damaged, 'a.png', 'image/png'), 400, 'INVALID_IMAGE');
  });

  it('caps the size: declared too large before reading, or cut off at the limit while streaming', async () => {
    const big = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff]), Buffer.alloc(2 * MAX_UPLOAD_SIZE, 1)]);
    const declared = await expectRejected(url, imageFile('avatar', big), 413, 'UPLOAD_TOO_LARGE');
    expect(declared.json().details).toEqual({ max_bytes: MAX_UPLOAD_SIZE });
    // Just over the cap: the Content-Length check lets it through, the stream limit stops it.
    const slightly = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff]), Buffer.alloc(MAX_UPLOAD_SIZE + 10, 1)]);
    await expectRejected(url, imageFile('avatar', slightly), 413, 'UPLOAD_TOO_LARGE');
  });

  it('refuses a decompression bomb by its pixel count', async () => {
    const response = await expectRejected(
      url,
      imageFile('avatar', pngBomb(), 'b.png', 'image/png'),
      413,
      'UPLOAD_TOO_LARGE',
    );
    expect(response.json().details.max_pixels).toBeGreaterThan(0);
  });

  it('wants exactly one file in the right field and nothing else', async () => {
    const jpeg = await photo('jpeg', 32, 32);
    const file = (field: string): FormPart => ({
      field,
      filename: 'a.jpg',
      contentType: 'image/jpeg',
      data: jpeg,
    });
    await expectRejected(url, multipartBody([file('avatar'), file('avatar')]), 400, 'INVALID_INPUT');
    await expectRejected(url, multipartBody([file('photo')]), 400, 'INVALID_INPUT');
    await expectRejected(
      url,
      multipartBody([{ field: 'note', data: 'hi' }, file('avatar')]),
      400,
      'INVALID_INPUT',
    );
    await expectRejected(url, multipartBody([]), 400, 'MISSING_REQUIRED_FIELD');
    await expectRejected(
      url,
      multipartBody([{ field: 'avatar', filename: 'a.jpg', data: '' }]),
      400,
      'MISSING_REQUIRED_FIELD',
    );
  });

  it('refuses a body that is not multipart', async () => {
    const json = await t.request({ method: 'POST', url, as: 'moderator', payload: { avatar: 'aGVsbG8=' } });
    expect(json.statusCode).toBe(415);
    expect(json.json().error_code).toBe('UNSUPPORTED_MEDIA_TYPE');
    const raw = await t.request({
      method: 'POST',
      url,
      as: 'moderator',
      headers: { 'content-type': 'image/jpeg' },
      payload: await photo('jpeg', 16, 16),
    });
    expect(raw.statusCode).toBeGreaterThanOrEqual(400);
    expect(raw.statusCode).toBeLessThan(500);
    expect(raw.json().error_code).toBeTruthy();
  });

  it('answers 404 for an unknown player or team, before reading the file', async () => {
    const missing = '00000000-0000-4000-8000-000000000000';
    const form = imageFile('avatar', await photo('jpeg', 16, 16));
    expect((await upload(`/api/v1/players/${missing}/avatar`, form)).json().error_code).toBe(
      'PLAYER_NOT_FOUND',
    );
    const logo = imageFile('logo', await photo('jpeg', 16, 16));
    expect((await upload(`/api/v1/teams/${missing}/logo`, logo)).json().error_code).toBe('TEAM_NOT_FOUND');
  });
});

describe('serving stored files', () => {
  it('serves only names of the stored shape', async () => {
    for (const url of ['/uploads/..%2F..%2Fetc%2Fpasswd', '/uploads/evil.svg', '/uploads/ABC.webp']) {
      const response = await t.request({ method: 'GET', url });
      expect([400, 404], url).toContain(response.statusCode);
      expect(response.json().error_code).toBeTruthy();
    }
    const unknown = await t.request({
      method: 'GET',
      url: '/uploads/00000000-0000-4000-8000-000000000000.webp',
    });
    expect(unknown.statusCode).toBe(404);
  });
});

describe('bookkeeping', () => {
  it('records an audit event per upload and counts accepted and rejected uploads', async () => {
    const team = await newTeam(t);
    // A body whose boundary does not match its Content-Type: malformed, refused and counted.
    const { payload } = imageFile('logo', await photo('jpeg', 40, 40));
    const response = await upload(`/api/v1/teams/${team.id}/logo`, {
      payload,
      headers: { 'content-type': 'multipart/form-data; boundary=not-the-one' },
    });
    expect(response.statusCode).toBeGreaterThanOrEqual(400);
    expect(response.statusCode).toBeLessThan(500);
    const ok = await upload(
      `/api/v1/teams/${team.id}/logo`,
      imageFile('logo', await photo('jpeg', 40, 40)),
      'admin',
    );
    expect(ok.statusCode).toBe(200);

    const audit = await t.request({
      method: 'GET',
      url: `/api/v1/audit?entity=team&entity_id=${team.id}&action=team.logo_upload`,
      as: 'admin',
    });
    const [event] = audit.json().data;
    expect(audit.json().meta.total).toBe(1);
    expect(event).toMatchObject({
      actor_email: 'admin@league.test',
      before: { logo_url: null },
      after: { logo_url: ok.json().data.logo_url },
      request_id: ok.headers['x-request-id'],
    });

    const metrics = (await t.request({ method: 'GET', url: '/metrics' })).body;
    const count = (labels: string) =>
      Number(new RegExp(`^uploads_total\\{${labels}\\} (\\d+)$`, 'm').exec(metrics)?.[1] ?? 0);
    expect(count('kind="logo",outcome="accepted",reason="none"')).toBeGreaterThanOrEqual(3);
    expect(count('kind="avatar",outcome="rejected",reason="UNSUPPORTED_MEDIA_TYPE"')).toBeGreaterThanOrEqual(
      4,
    );
    expect(count('kind="avatar",outcome="rejected",reason="UPLOAD_TOO_LARGE"')).toBeGreaterThanOrEqual(3);
  });
});

describe('image URLs behind a CDN', () => {
  it('builds absolute URLs from CDN_BASE_URL, still served from /uploads here', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'pingpong-cdn-'));
    const cdn = await createTestApp({ UPLOAD_DIR: dir, CDN_BASE_URL: 'https://cdn.example.com/league/' });
    try {
      const player = await newPlayer(cdn);
      const response = await cdn.request({
        method: 'POST',
        url: `/api/v1/players/${player.id}/avatar`,
        as: 'moderator',
        ...imageFile('avatar', await photo('jpeg', 32, 32)),
      });
      const url: string = response.json().data.avatar_url;
      expect(url).toMatch(/^https:\/\/cdn\.example\.com\/league\/uploads\/[a-f0-9-]{36}\.webp$/);
      const served = await cdn.request({ method: 'GET', url: new URL(url).pathname.replace('/league', '') });
      expect(served.statusCode).toBe(200);
      const csp = String(served.headers['content-security-policy']);
      expect(csp).toContain("default-src 'none'");
    } finally {
      await cdn.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
