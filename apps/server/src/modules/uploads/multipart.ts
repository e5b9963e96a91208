import { finished } from 'node:stream/promises';
import type { MultipartFile } from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import { AppError, errors } from '../../errors.js';

/** Room for the multipart boundary and part headers around the file itself. */
const ENVELOPE_BYTES = 16 * 1024;

async function discard(part: MultipartFile): Promise<void> {
  part.file.resume();
  await finished(part.file).catch(() => {});
}

/**
 * Reads exactly one file from field `field`, never holding more than `maxBytes` of it: a declared
 * Content-Length over the cap is refused before any byte is read, and busboy stops collecting at the cap
 * for chunked bodies. Text fields, a second file or another field name are refused.
 */
export async function readSingleFile(
  request: FastifyRequest,
  field: string,
  maxBytes: number,
): Promise<Buffer> {
  return (await readFileWithFields(request, field, [], maxBytes)).file;
}

/** Like readSingleFile, plus the named short text fields (in any order around the file). */
export async function readFileWithFields(
  request: FastifyRequest,
  field: string,
  textFields: readonly string[],
  maxBytes: number,
): Promise<{ file: Buffer; fields: Record<string, string> }> {
  if (!request.isMultipart()) {
    throw errors.unsupportedMediaType(`Send the image as multipart/form-data in the field "${field}"`);
  }
  const declared = Number(request.headers['content-length']);
  if (declared > maxBytes + ENVELOPE_BYTES) throw errors.uploadTooLarge(maxBytes);

  let file: Buffer | null = null;
  const fields: Record<string, string> = {};
  try {
    const parts = request.parts({
      limits: {
        fileSize: maxBytes,
        files: 1,
        fields: textFields.length,
        fieldSize: 200,
        parts: 1 + textFields.length,
        headerPairs: 20,
      },
    });
    for await (const part of parts) {
      if (part.type === 'field' && textFields.includes(part.fieldname) && typeof part.value === 'string') {
        fields[part.fieldname] = part.value;
        continue;
      }
      if (part.type !== 'file' || part.fieldname !== field) {
        if (part.type === 'file') await discard(part);
        throw errors.invalidInput(`Send one file in the form field "${field}"`, { field: part.fieldname });
      }
      file = await part.toBuffer();
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    const code = (error as { code?: unknown }).code;
    if (code === 'FST_REQ_FILE_TOO_LARGE') throw errors.uploadTooLarge(maxBytes);
    // The plugin's own errors (too many parts...) are in the catalogue; busboy's parse errors carry no code.
    if (typeof code === 'string' && code.startsWith('FST_')) throw error;
    throw errors.invalidInput('The multipart body is malformed', {
      reason: String((error as Error)?.message),
    });
  }
  if (!file || file.length === 0) throw errors.missingRequiredField(field);
  return { file, fields };
}
