import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply } from 'fastify';
import { type TSchema, Type } from 'typebox';
import { IdParams, responses, Uuid } from '../../lib/schemas.js';
import type { ExportFile, ExportService } from './service.js';

const text = (mediaType: string, description: string) => ({
  description,
  content: { [mediaType]: { schema: Type.String() } },
});
/** The usual error responses (lib/schemas.ts) next to a non-JSON success. */
const withErrors = (success: ReturnType<typeof text>) =>
  responses({ 200: success as unknown as TSchema }, 404);

const download = (reply: FastifyReply, file: ExportFile) =>
  reply
    .type(file.mediaType)
    .header('content-disposition', `attachment; filename="${file.filename}"`)
    .send(file.body);

export const exportRoutes: FastifyPluginAsyncTypebox<{ exports: ExportService }> = async (
  app,
  { exports },
) => {
  app.get(
    '/seasons/:id/leaderboard.csv',
    {
      schema: {
        tags: ['exports'],
        summary: 'The season leaderboard as CSV (UTF-8 with BOM, one row per player, in table order)',
        params: IdParams,
        response: withErrors(text('text/csv', 'CSV with a header row')),
      },
    },
    async (request, reply) => download(reply, await exports.leaderboardCsv(request.params.id)),
  );

  app.get(
    '/seasons/:id/standings.csv',
    {
      schema: {
        tags: ['exports'],
        summary: 'The team standings as CSV (UTF-8 with BOM)',
        params: IdParams,
        response: withErrors(text('text/csv', 'CSV with a header row')),
      },
    },
    async (request, reply) => download(reply, await exports.standingsCsv(request.params.id)),
  );

  app.get(
    '/seasons/:id/fixtures.ics',
    {
      schema: {
        tags: ['exports'],
        summary:
          'Scheduled fixtures as an iCalendar feed (RFC 5545) for phone calendars; ?team_id= for one team',
        description:
          'One VEVENT per fixture that has a date, UID fixture-<id>@pingpong-league (stable, so calendars update ' +
          'the event instead of duplicating it), times in UTC, SEQUENCE bumped by every change.',
        params: IdParams,
        querystring: Type.Object({ team_id: Type.Optional(Uuid) }),
        response: withErrors(text('text/calendar', 'An iCalendar file')),
      },
    },
    async (request, reply) =>
      download(reply, await exports.fixturesCalendar(request.params.id, request.query.team_id)),
  );
};
