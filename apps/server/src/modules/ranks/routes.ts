import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { Envelope, responses } from '../../lib/schemas.js';
import { actorOf } from '../../plugins/auth.js';
import { Rank, RankParams, UpdateRankBody } from './schemas.js';
import type { RankService } from './service.js';

export const rankRoutes: FastifyPluginAsyncTypebox<{ ranks: RankService }> = async (app, { ranks }) => {
  app.get(
    '/ranks',
    {
      schema: {
        tags: ['ranks'],
        summary: 'The rank tiers, lowest first',
        response: responses({ 200: Envelope(Type.Array(Rank)) }),
      },
    },
    async () => ({ message: 'Ranks retrieved', data: await ranks.list() }),
  );

  app.put(
    '/ranks/:id',
    {
      config: { auth: 'ADMIN' },
      schema: {
        tags: ['ranks'],
        summary: "Edit a tier's thresholds and buffers",
        params: RankParams,
        body: UpdateRankBody,
        response: responses({ 200: Envelope(Rank) }, 404),
      },
    },
    async (request) => ({
      message: 'Rank updated',
      data: await ranks.update(actorOf(request), request.params.id, request.body),
    }),
  );
};
