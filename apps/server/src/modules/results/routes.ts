import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { Envelope, IdParams, responses } from '../../lib/schemas.js';
import { actorOf } from '../../plugins/auth.js';
import { Match } from '../matches/schemas.js';
import { AppliedChange, ForfeitBody, RecordResultBody, VoidResultBody } from './schemas.js';
import type { ResultService } from './service.js';

export const resultRoutes: FastifyPluginAsyncTypebox<{ results: ResultService }> = async (
  app,
  { results },
) => {
  app.post(
    '/matches/:id/result',
    {
      config: { auth: 'MODERATOR', captain: 'match' },
      schema: {
        tags: ['results'],
        summary: 'Record a match result: points, logs, Elo, snapshots and fixture score in one transaction',
        description:
          'MODERATOR+, or a captain of either team while the fixture is not CONFIRMED and the round OPEN. ' +
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

  app.get(
    '/matches/:id/point-changes',
    {
      schema: {
        tags: ['results'],
        summary: "The points and rating a match's result still gives each player (what voiding gives back)",
        description:
          'Net of the point logs under the match, so an already voided result gives nothing back; empty ' +
          'before a result is recorded.',
        params: IdParams,
        response: responses({ 200: Envelope(Type.Array(AppliedChange)) }, 404),
      },
    },
    async (request) => ({
      message: 'Point changes retrieved',
      data: await results.appliedChanges(request.params.id),
    }),
  );

  app.post(
    '/matches/:id/result/void',
    {
      config: { auth: 'ADMIN', captain: 'match' },
      schema: {
        tags: ['results'],
        summary: 'Void a result with compensating CORRECTION logs; the match can then be recorded again',
        description:
          'ADMIN, or a captain of either team while the fixture is not CONFIRMED and the round OPEN.',
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

  app.post(
    '/matches/:id/forfeit',
    {
      config: { auth: 'MODERATOR', captain: 'match' },
      schema: {
        tags: ['results'],
        summary: 'Forfeit a match: the side that did not play loses by the games needed to win, 0–0 balls',
        description:
          'MODERATOR+, or a captain of either team while the fixture is not CONFIRMED and the round OPEN. ' +
          "The present side's players get forfeit_win_points; no rating moves. Voided like a result.",
        params: IdParams,
        body: ForfeitBody,
        response: responses({ 200: Envelope(Match) }, 404, 409),
      },
    },
    async (request) => ({
      message: 'Match forfeited',
      data: await results.forfeit(actorOf(request), request.params.id, request.body),
    }),
  );
};
