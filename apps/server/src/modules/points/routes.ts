import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Database } from '../../db/client.js';
import { errors } from '../../errors.js';
import { ListEnvelope, responses } from '../../lib/schemas.js';
import { findPlayerSeason } from '../registrations/repository.js';
import { listLogs } from './repository.js';
import { PointLog, PointLogParams, PointLogQuery } from './schemas.js';

export const pointLogRoutes: FastifyPluginAsyncTypebox<{ db: Database }> = async (app, { db }) => {
  app.get(
    '/points/logs/:playerSeasonId',
    {
      schema: {
        tags: ['points'],
        summary: "A player_season's point log, oldest first",
        params: PointLogParams,
        querystring: PointLogQuery,
        response: responses({ 200: ListEnvelope(PointLog) }, 404),
      },
    },
    async (request) => {
      const { playerSeasonId } = request.params;
      const { limit = 50, offset = 0 } = request.query;
      if (!(await findPlayerSeason(db, playerSeasonId))) throw errors.playerSeasonNotFound(playerSeasonId);
      const { rows, total } = await listLogs(db, playerSeasonId, limit, offset);
      return { message: 'Point logs retrieved', data: rows, meta: { total, limit, offset } };
    },
  );
};
