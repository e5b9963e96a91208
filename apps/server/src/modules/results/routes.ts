import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Envelope, IdParams, responses } from '../../lib/schemas.js';
import { actorOf } from '../../plugins/auth.js';
import { Match } from '../matches/schemas.js';
import { RecordResultBody, VoidResultBody } from './schemas.js';
import type { ResultService } from './service.js';

export const resultRoutes: FastifyPluginAsyncTypebox<{ results: ResultService }> = async (
  app,
  { results },
) => {
  app.post(
    '/matches/:id/result',
    {
      config: { auth: 'MODERATOR', publishesEvents: true },
      schema: {
        tags: ['results'],
        summary: 'Record a match result: points, logs, Elo, snapshots and fixture score in one transaction',
        description:
          'Accepts an Idempotency-Key header. 409 MATCH_ALREADY_RECORDED when the match has a result.',
        params: IdParams,
        body: RecordResultBody,
        response: responses({ 200: Envelope(Match) }, 404, 409),
      },
    },
    async (request) => ({
      message: 'Match result recorded successfully',
      data: await results.record(actorOf(request), request.params.id, request.body),
    }),
  );

  app.post(
    '/matches/:id/result/void',
    {
      config: { auth: 'ADMIN', publishesEvents: true },
      schema: {
        tags: ['results'],
        summary: 'Void a result with compensating CORRECTION logs; the match can then be recorded again',
        params: IdParams,
        body: VoidResultBody,
        response: responses({ 200: Envelope(Match) }, 404, 409),
      },
    },
    async (request) => ({
      message: 'Match result voided',
      data: await results.void(actorOf(request), request.params.id, request.body.reason),
    }),
  );
};
