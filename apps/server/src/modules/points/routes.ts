import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Envelope, ListEnvelope, responses } from '../../lib/schemas.js';
import { actorOf } from '../../plugins/auth.js';
import { AdjustBody, Adjusted, PointLog, PointLogParams, PointLogQuery } from './schemas.js';
import type { PointService } from './service.js';

export const pointRoutes: FastifyPluginAsyncTypebox<{ points: PointService }> = async (app, { points }) => {
  app.post(
    '/points/adjust',
    {
      config: { auth: 'ADMIN' },
      schema: {
        tags: ['points'],
        summary:
          'Adjust points (ADMIN_ADJUST, PENALTY or BONUS) with a reason; logged like every other change',
        body: AdjustBody,
        response: responses({ 201: Envelope(Adjusted) }, 404, 409),
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send({ message: 'Points adjusted', data: await points.adjust(actorOf(request), request.body) }),
  );

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
      const { rows, total } = await points.logs(playerSeasonId, limit, offset);
      return { message: 'Point logs retrieved', data: rows, meta: { total, limit, offset } };
    },
  );
};
