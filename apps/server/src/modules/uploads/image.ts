import sharp from 'sharp';
import { AppError, errors } from '../../errors.js';

export type ImageType = 'jpeg' | 'png' | 'webp';

/** Stored images fit in this square; avatars and logos are never shown larger. */
export const MAX_OUTPUT_SIDE = 512;
/**
 * A decoded image costs about 4 bytes a pixel whatever its file size, so a tiny PNG of 50 000 × 50 000
 * pixels (a "decompression bomb") would need 10 GB. 40 MP covers any phone photo.
 */
export const MAX_INPUT_PIXELS = 40_000_000;
/** Decoding is memory-hungry: a few uploads at a time, the rest wait their turn. */
const MAX_PARALLEL_DECODES = 2;

// libvips' operation cache would keep decoded uploads in memory for no benefit.
sharp.cache(false);

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** The type is what the bytes say, never the file name or the Content-Type the client chose. */
export function sniffImageType(bytes: Buffer): ImageType | null {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  if (bytes.length >= 8 && bytes.subarray(0, 8).equals(PNG_SIGNATURE)) return 'png';
  if (
    bytes.length >= 12 &&
    bytes.toString('latin1', 0, 4) === 'RIFF' &&
    bytes.toString('latin1', 8, 12) === 'WEBP'
  ) {
    return 'webp';
  }
  return null;
}

let running = 0;
const waiting: Array<() => void> = [];

async function withDecodeSlot<T>(work: () => Promise<T>): Promise<T> {
  if (running >= MAX_PARALLEL_DECODES) await new Promise<void>((resolve) => waiting.push(resolve));
  running += 1;
  try {
    return await work();
  } finally {
    running -= 1;
    waiting.shift()?.();
  }
}

/**
 * Decodes the upload and encodes a fresh WebP from its pixels only: EXIF (GPS position), ICC profiles,
 * comments and whatever a polyglot file hid after the image data do not survive.
 */
export function toWebp(bytes: Buffer): Promise<Buffer> {
  const type = sniffImageType(bytes);
  if (!type) return Promise.reject(errors.unsupportedMediaType());
  return withDecodeSlot(async () => {
    try {
      // failOn 'warning' refuses truncated files instead of padding them with grey.
      const image = sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'warning', autoOrient: true });
      const { format, width = 0, height = 0 } = await image.metadata();
      if (format !== type) throw errors.unsupportedMediaType();
      if (width * height > MAX_INPUT_PIXELS) throw errors.imageTooManyPixels(MAX_INPUT_PIXELS);
      return await image
        .resize(MAX_OUTPUT_SIDE, MAX_OUTPUT_SIDE, { fit: 'inside', withoutEnlargement: true })
        .webp({ quality: 82 })
        .toBuffer();
    } catch (error) {
      if (error instanceof AppError) throw error;
      if (/pixel limit/i.test(String((error as Error)?.message))) {
        throw errors.imageTooManyPixels(MAX_INPUT_PIXELS);
      }
      throw errors.invalidImage();
    }
  });
}
