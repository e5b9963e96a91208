import type { ReadStream } from 'node:fs';
import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifySchema } from 'fastify';
import { Type } from 'typebox';
import { errors } from '../../errors.js';
import { Envelope, IdParams, responses } from '../../lib/schemas.js';
import { actorOf } from '../../plugins/auth.js';
import { toAppError } from '../../plugins/errors.js';
import type { Metrics } from '../../plugins/metrics.js';
import { Player } from '../players/schemas.js';
import { playerView } from '../players/service.js';
import { Team } from '../teams/schemas.js';
import { readFileWithFields, readSingleFile } from './multipart.js';
import type { UploadService } from './service.js';
import type { UploadStorage } from './storage.js';

/** A 5 MB photo over a weak mobile connection takes far longer than the API's usual deadline. */
const UPLOAD_DEADLINE_MS = 120_000;

/** The body is read as a stream, not validated as JSON, so its multipart shape is only added to the docs. */
const multipartDoc =
  (field: string, textFields: string[] = []) =>
  ({ schema, url }: { schema: FastifySchema; url: string }) => ({
    url,
    schema: {
      ...schema,
      consumes: ['multipart/form-data'],
      body: {
        type: 'object',
        required: [field, ...textFields],
        properties: {
          [field]: { type: 'string', format: 'binary', description: 'One JPEG, PNG or WebP image' },
          ...Object.fromEntries(textFields.map((name) => [name, { type: 'string', format: 'uuid' }])),
        },
      },
    },
  });

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const uploadRoutes: FastifyPluginAsyncTypebox<{
  uploads: UploadService;
  metrics: Metrics;
  maxBytes: number;
}> = async (app, { uploads, metrics, maxBytes }) => {
  // Registered in this plugin only: no other route accepts multipart bodies.
  await app.register(multipart);

  async function counted<T>(kind: string, work: () => Promise<T>): Promise<T> {
    try {
      const result = await work();
      metrics.uploads.inc({ kind, outcome: 'accepted', reason: 'none' });
      return result;
    } catch (error) {
      metrics.uploads.inc({ kind, outcome: 'rejected', reason: toAppError(error).code });
      throw error;
    }
  }

  app.post(
    '/players/:id/avatar',
    {
      config: { auth: 'MODERATOR', swaggerTransform: multipartDoc('avatar') },
      handlerTimeout: UPLOAD_DEADLINE_MS,
      schema: {
        tags: ['players'],
        summary: `Upload a player's photo (multipart field "avatar"; stored as WebP, at most 512×512)`,
        params: IdParams,
        response: responses({ 200: Envelope(Player) }, 404, 413, 415),
      },
    },
    async (request) => {
      const player = await counted('avatar', () =>
        uploads.setPlayerAvatar(actorOf(request), request.params.id, () =>
          readSingleFile(request, 'avatar', maxBytes),
        ),
      );
      return { message: 'Avatar updated', data: playerView(player, request.user?.role === 'ADMIN') };
    },
  );

  // The original client's path (SPEC §6): the same upload, the player named by the form field user_id.
  app.post(
    '/players/avatar/upload',
    {
      config: { auth: 'MODERATOR', swaggerTransform: multipartDoc('avatar', ['user_id']) },
      handlerTimeout: UPLOAD_DEADLINE_MS,
      schema: {
        tags: ['players'],
        summary:
          'Upload a player\'s photo, original client path (multipart "avatar" and "user_id" = player id)',
        response: responses({ 200: Envelope(Player) }, 404, 413, 415),
      },
    },
    async (request) => {
      const player = await counted('avatar', async () => {
        const { file, fields } = await readFileWithFields(request, 'avatar', ['user_id'], maxBytes);
        const id = fields.user_id?.trim();
        if (!id) throw errors.missingRequiredField('user_id');
        if (!UUID.test(id)) throw errors.invalidInput('user_id must be a player id (UUID)', { user_id: id });
        return uploads.setPlayerAvatar(actorOf(request), id, async () => file);
      });
      return { message: 'Avatar updated', data: playerView(player, request.user?.role === 'ADMIN') };
    },
  );

  app.post(
    '/teams/:id/logo',
    {
      config: { auth: 'MODERATOR', swaggerTransform: multipartDoc('logo') },
      handlerTimeout: UPLOAD_DEADLINE_MS,
      schema: {
        tags: ['teams'],
        summary: `Upload a team's logo (multipart field "logo"; stored as WebP, at most 512×512)`,
        params: IdParams,
        response: responses({ 200: Envelope(Team) }, 404, 413, 415),
      },
    },
    async (request) => ({
      message: 'Logo updated',
      data: await counted('logo', () =>
        uploads.setTeamLogo(actorOf(request), request.params.id, () =>
          readSingleFile(request, 'logo', maxBytes),
        ),
      ),
    }),
  );
};

/** Serves stored images read-only; the name pattern is the whole defence against path tricks. */
export const uploadFileRoutes: FastifyPluginAsyncTypebox<{ storage: UploadStorage }> = async (
  app,
  { storage },
) => {
  app.get(
    '/uploads/:name',
    {
      schema: {
        tags: ['uploads'],
        summary: 'A stored avatar or logo (image/webp, cached for a year: names never change)',
        params: Type.Object({ name: Type.String({ pattern: '^[a-f0-9-]{36}\\.webp$' }) }),
        response: {
          // A file stream, sent as is (Fastify does not serialize streams).
          200: Type.Unsafe<ReadStream>({ type: 'string', format: 'binary', description: 'image/webp' }),
          ...responses({}, 404),
        },
      },
    },
    async (request, reply) => {
      const file = await storage.open(request.params.name);
      if (!file) throw errors.notFound('No such image');
      return reply
        .header('content-type', 'image/webp')
        .header('content-length', String(file.size))
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'public, max-age=31536000, immutable')
        .header('content-security-policy', "default-src 'none'; sandbox")
        .send(file.stream);
    },
  );
};
