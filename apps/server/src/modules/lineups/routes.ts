import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Envelope, IdParams, responses } from '../../lib/schemas.js';
import { actorOf } from '../../plugins/auth.js';
import { FixtureLineups, SideParams, SubmitLineupBody } from './schemas.js';
import type { LineupService } from './service.js';

export const lineupRoutes: FastifyPluginAsyncTypebox<{ lineups: LineupService }> = async (
  app,
  { lineups },
) => {
  app.put(
    '/fixtures/:id/lineups/:side',
    {
      config: { auth: 'MODERATOR', captain: 'fixture' },
      schema: {
        tags: ['lineups'],
        summary: "Submit or change a side's lineup by position",
        description:
          "MODERATOR+ or that side's captain. When both sides are in, the format's matches are created in " +
          'order (match_order = slot). The doubles pair may come later, until the doubles has a result. ' +
          '409 LINEUP_LOCKED once a match has a result.',
        params: SideParams,
        body: SubmitLineupBody,
        response: responses({ 200: Envelope(FixtureLineups) }, 404, 409),
      },
    },
    async (request) => ({
      message: 'Lineup submitted',
      data: await lineups.submit(actorOf(request), request.params.id, request.params.side, request.body),
    }),
  );

  app.get(
    '/fixtures/:id/lineups',
    {
      schema: {
        tags: ['lineups'],
        summary:
          "A fixture's lineups: each side's is hidden from the other side and the public until both are in",
        params: IdParams,
        response: responses({ 200: Envelope(FixtureLineups) }, 404),
      },
    },
    async (request) => ({
      message: 'Lineups retrieved',
      data: await lineups.view(request.params.id, request.user),
    }),
  );
};
