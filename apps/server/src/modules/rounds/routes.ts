import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Envelope, IdParams, ListEnvelope, responses } from '../../lib/schemas.js';
import { actorOf } from '../../plugins/auth.js';
import {
  FinalizedRound,
  Round,
  RoundLeaderboardQuery,
  RoundLeaderboardResponse,
  RoundListQuery,
  RoundParams,
  RoundStandingsResponse,
} from './schemas.js';
import type { RoundService } from './service.js';
import type { RoundTableService } from './snapshot-service.js';

export const roundRoutes: FastifyPluginAsyncTypebox<{
  rounds: RoundService;
  tables: RoundTableService;
}> = async (app, { rounds, tables }) => {
  app.get(
    '/seasons/:id/rounds',
    {
      schema: {
        tags: ['rounds'],
        summary: "A season's rounds: status and fixture counts",
        params: IdParams,
        querystring: RoundListQuery,
        response: responses({ 200: ListEnvelope(Round) }, 404),
      },
    },
    async (request) => {
      const { limit = 50, offset = 0 } = request.query;
      const { rows, total } = await rounds.list(request.params.id, limit, offset);
      return { message: 'Rounds retrieved', data: rows, meta: { total, limit, offset } };
    },
  );

  app.get(
    '/seasons/:id/rounds/:round',
    {
      schema: {
        tags: ['rounds'],
        summary: 'One round: status and fixture counts',
        params: RoundParams,
        response: responses({ 200: Envelope(Round) }, 404),
      },
    },
    async (request) => ({
      message: 'Round retrieved',
      data: await rounds.get(request.params.id, request.params.round),
    }),
  );

  app.post(
    '/seasons/:id/rounds/:round/lock',
    {
      config: { auth: 'ADMIN' },
      schema: {
        tags: ['rounds'],
        summary: 'Lock a round: no more results or voids; fixtures can still be postponed or walked over',
        description: 'Locking a LOCKED round changes nothing. 409 ROUND_FINALIZED for a finalized round.',
        params: RoundParams,
        response: responses({ 200: Envelope(Round) }, 404, 409),
      },
    },
    async (request) => {
      const { id, round } = request.params;
      const result = await rounds.lock(actorOf(request), id, round);
      return { message: result.changed ? 'Round locked' : 'Round already locked', data: result.round };
    },
  );

  app.post(
    '/seasons/:id/rounds/:round/unlock',
    {
      config: { auth: 'ADMIN' },
      schema: {
        tags: ['rounds'],
        summary: 'Reopen a locked round for results (a finalized round never reopens)',
        params: RoundParams,
        response: responses({ 200: Envelope(Round) }, 404, 409),
      },
    },
    async (request) => {
      const { id, round } = request.params;
      const result = await rounds.unlock(actorOf(request), id, round);
      return { message: result.changed ? 'Round unlocked' : 'Round already open', data: result.round };
    },
  );

  app.post(
    '/seasons/:id/rounds/:round/finalize',
    {
      config: { auth: 'ADMIN' },
      schema: {
        tags: ['rounds'],
        summary: 'Finalize a locked round: standings snapshots, rank changes and rank history, once',
        description:
          'Needs the round LOCKED (409 ROUND_NOT_LOCKED), earlier rounds FINALIZED (409 PREVIOUS_ROUND_NOT_FINALIZED) ' +
          'and no SCHEDULED or ONGOING fixture (409 ROUND_NOT_READY lists them). Finalizing again changes nothing.',
        params: RoundParams,
        response: responses({ 200: Envelope(FinalizedRound) }, 404, 409),
      },
    },
    async (request) => {
      const { id, round } = request.params;
      const result = await rounds.finalize(actorOf(request), id, round);
      return {
        message: result.changed ? 'Round finalized' : 'Round already finalized',
        data: { ...result.round, rank_changes: result.rank_changes },
      };
    },
  );

  app.get(
    '/seasons/:id/rounds/:round/leaderboard',
    {
      schema: {
        tags: ['rounds'],
        summary: 'The player table stored when the round was finalized, with movement since the round before',
        description: '409 ROUND_NOT_FINALIZED while the round has no snapshot (see the live leaderboard).',
        params: RoundParams,
        querystring: RoundLeaderboardQuery,
        response: responses({ 200: RoundLeaderboardResponse }, 404, 409),
      },
    },
    async (request) => {
      const { team_id, rank_id, limit = 50, offset = 0 } = request.query;
      const { snapshot, rows, total } = await tables.leaderboard(
        request.params.id,
        request.params.round,
        { teamId: team_id, rankId: rank_id },
        { limit, offset },
      );
      return { message: 'Round leaderboard retrieved', data: rows, meta: { total, limit, offset }, snapshot };
    },
  );

  app.get(
    '/seasons/:id/rounds/:round/standings',
    {
      schema: {
        tags: ['rounds'],
        summary: 'The team table stored when the round was finalized, with movement since the round before',
        params: RoundParams,
        response: responses({ 200: RoundStandingsResponse }, 404, 409),
      },
    },
    async (request) => {
      const { snapshot, rows } = await tables.standings(request.params.id, request.params.round);
      return { message: 'Round standings retrieved', data: rows, snapshot };
    },
  );
};
