import { randomUUID } from 'node:crypto';
import type { ReadStream } from 'node:fs';
import { mkdir, open, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { FastifyBaseLogger } from 'fastify';
import type { Config } from '../../config.js';

/** The only names ever stored or served: a UUID and the one extension we write. */
export const STORED_NAME = /^[a-f0-9-]{36}\.webp$/;

export interface StoredImage {
  name: string;
  url: string;
}

export interface UploadStorage {
  save(webp: Buffer): Promise<StoredImage>;
  /** Best effort: a file left behind costs disk space, a failure here must not fail a committed change. */
  removeByUrl(url: string | null): Promise<void>;
  open(name: string): Promise<{ stream: ReadStream; size: number } | null>;
}

/** Origins images are served from when they are not on this server (for the CSP img-src). */
export function imageOrigins(config: Pick<Config, 'cdnBaseUrl' | 'publicBaseUrl'>): string[] {
  return [config.cdnBaseUrl, config.publicBaseUrl]
    .filter((url): url is string => url !== null)
    .map((url) => new URL(url).origin);
}

/**
 * Files live in UPLOAD_DIR under random names; the client's file name never reaches a path. The URL saved
 * on the row is absolute when a CDN or public base URL is configured, else relative to this server.
 */
export async function uploadStorage(
  config: Pick<Config, 'uploadDir' | 'cdnBaseUrl' | 'publicBaseUrl'>,
  log: Pick<FastifyBaseLogger, 'warn'>,
): Promise<UploadStorage> {
  const dir = config.uploadDir;
  await mkdir(dir, { recursive: true, mode: 0o750 });
  const base = config.cdnBaseUrl ?? config.publicBaseUrl ?? '';
  const fileOf = (name: string) => path.join(dir, name);

  return {
    async save(webp) {
      const name = `${randomUUID()}.webp`;
      // 'wx' never overwrites: a name clash would be a bug, not something to paper over.
      await writeFile(fileOf(name), webp, { flag: 'wx', mode: 0o640 });
      return { name, url: `${base}/uploads/${name}` };
    },

    async removeByUrl(url) {
      // Only our own files (whatever base URL was configured when they were stored); a URL set some other
      // way, such as an external link, is left alone.
      const name = /\/uploads\/([a-f0-9-]{36}\.webp)$/.exec(url ?? '')?.[1];
      if (!name) return;
      await unlink(fileOf(name)).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== 'ENOENT')
          log.warn({ err: error, file: name }, 'could not remove a replaced image');
      });
    },

    async open(name) {
      if (!STORED_NAME.test(name)) return null;
      const handle = await open(fileOf(name), 'r').catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return null;
        throw error;
      });
      if (!handle) return null;
      try {
        const { size } = await handle.stat();
        return { stream: handle.createReadStream(), size };
      } catch (error) {
        await handle.close();
        throw error;
      }
    },
  };
}
