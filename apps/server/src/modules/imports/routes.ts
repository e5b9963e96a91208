import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifySchema } from 'fastify';
import { Envelope, responses } from '../../lib/schemas.js';
import { actorOf } from '../../plugins/auth.js';
import { readSingleFile } from '../uploads/multipart.js';
import { CommitImportBody, IdParams, PlayerImport } from './schemas.js';
import type { ImportService } from './service.js';

const FIELD = 'file';
const IMPORT_DEADLINE_MS = 120_000;

const multipartDoc = ({ schema, url }: { schema: FastifySchema; url: string }) => ({
  url,
  schema: {
    ...schema,
    consumes: ['multipart/form-data'],
    body: {
      type: 'object',
      required: [FIELD],
      properties: {
        [FIELD]: {
          type: 'string',
          format: 'binary',
          description:
            'CSV (UTF-8, comma or semicolon) or XLSX; columns full_name, birth_year, gender, phone, cccd, team, rank, opening_points',
        },
      },
    },
  },
});

export const importRoutes: FastifyPluginAsyncTypebox<{ imports: ImportService; maxBytes: number }> = async (
  app,
  { imports, maxBytes },
) => {
  await app.register(multipart);

  app.post(
    '/imports/players',
    {
      config: { auth: 'ADMIN', swaggerTransform: multipartDoc },
      handlerTimeout: IMPORT_DEADLINE_MS,
      schema: {
        tags: ['imports'],
        summary: 'Stage a player file (CSV or XLSX) and preview it with per-row errors; changes nothing else',
        response: responses({ 201: Envelope(PlayerImport) }, 400, 401, 403, 413, 415),
      },
    },
    async (request, reply) => {
      const file = await readSingleFile(request, FIELD, maxBytes);
      const data = await imports.stage(actorOf(request), file, null);
      return reply.status(201).send({ message: 'Import staged; review the errors, then commit', data });
    },
  );

  app.get(
    '/imports/:id',
    {
      config: { auth: 'ADMIN' },
      schema: {
        tags: ['imports'],
        summary: 'An import: its state, its row counts (progress) and the rows with errors',
        params: IdParams,
        response: responses({ 200: Envelope(PlayerImport) }, 401, 403, 404),
      },
    },
    async (request) => ({ message: 'Import retrieved', data: await imports.view(request.params.id) }),
  );

  app.post(
    '/imports/:id/commit',
    {
      config: { auth: 'ADMIN' },
      schema: {
        tags: ['imports'],
        summary: 'Create and register every valid row in the season, in one transaction',
        params: IdParams,
        body: CommitImportBody,
        response: responses({ 200: Envelope(PlayerImport) }, 400, 401, 403, 404, 409),
      },
    },
    async (request) => ({
      message: 'Import committed',
      data: await imports.commit(actorOf(request), request.params.id, request.body.season_id),
    }),
  );
};
