import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { stringify } from 'csv-stringify/sync';
import ical from 'ical-generator';
import { type TSchema, Type } from 'typebox';
import type { Database } from '../../db/client.js';
import { errors } from '../../errors.js';
import { IdParams, responses, Uuid } from '../../lib/schemas.js';
import type { LeaderboardService } from '../leaderboards/service.js';
import { findSeason } from '../seasons/repository.js';
import { seasonFixtures } from './repository.js';

/** Excel reads a CSV as UTF-8 (Vietnamese names intact) only when it starts with a byte-order mark. */
const BOM = '\uFEFF';
const PAGE = 1_000;
/** A fixture's calendar entry; a table tennis team match takes an evening. */
const FIXTURE_HOURS = 3;

const text = (mediaType: string, description: string) => ({
  description,
  content: { [mediaType]: { schema: Type.String() } },
});
/** The usual error responses (lib/schemas.ts) next to a non-JSON success. */
const withErrors = (success: ReturnType<typeof text>) =>
  responses({ 200: success as unknown as TSchema }, 404);

export const exportRoutes: FastifyPluginAsyncTypebox<{
  db: Database;
  leaderboards: LeaderboardService;
}> = async (app, { db, leaderboards }) => {
  async function seasonOrThrow(id: string) {
    const season = await findSeason(db, id);
    if (!season) throw errors.seasonNotFound(id);
    return season;
  }

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
    async (request, reply) => {
      const season = await seasonOrThrow(request.params.id);
      const rows: Array<Record<string, unknown>> = [];
      for (let offset = 0; ; offset += PAGE) {
        const page = await leaderboards.leaderboardRows(season.id, {}, PAGE, offset);
        rows.push(...page);
        if (page.length < PAGE) break;
      }
      const csv = stringify(rows, {
        header: true,
        columns: [
          'position',
          'player_name',
          'team_name',
          'rank_id',
          'accumulated_points',
          'matches_played',
          'wins',
          'losses',
          'rating',
          'status',
        ],
      });
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="leaderboard-${season.id}.csv"`)
        .send(BOM + csv);
    },
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
    async (request, reply) => {
      const season = await seasonOrThrow(request.params.id);
      const rows = await leaderboards.standingsRows(season.id);
      const csv = stringify(rows, {
        header: true,
        columns: [
          'position',
          'team_name',
          'played',
          'won',
          'drawn',
          'lost',
          'points',
          'matches_won',
          'matches_lost',
          'sets_won',
          'sets_lost',
          'balls_won',
          'balls_lost',
        ],
      });
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="standings-${season.id}.csv"`)
        .send(BOM + csv);
    },
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
    async (request, reply) => {
      const season = await seasonOrThrow(request.params.id);
      const calendar = ical({
        name: season.name,
        prodId: { company: 'Ping Pong League', product: 'fixtures', language: 'VI' },
      });
      for (const fixture of await seasonFixtures(db, season.id, request.query.team_id)) {
        if (!fixture.scheduled_at) continue;
        const start = new Date(fixture.scheduled_at);
        const updated = new Date(fixture.updated_at);
        const played =
          fixture.status === 'COMPLETED' ? ` (${fixture.home_score}–${fixture.guest_score})` : '';
        calendar.createEvent({
          id: `fixture-${fixture.id}@pingpong-league`,
          start,
          end: new Date(start.getTime() + FIXTURE_HOURS * 3_600_000),
          stamp: updated,
          // Seconds since 2020 only grow, so every edit of the fixture raises it.
          sequence: Math.max(0, Math.floor((updated.getTime() - Date.UTC(2020, 0, 1)) / 1000)),
          summary: `Vòng ${fixture.round} / Round ${fixture.round}: ${fixture.home_team} – ${fixture.guest_team}${played}`,
          location: fixture.venue ?? null,
        });
      }
      return reply
        .type('text/calendar; charset=utf-8')
        .header('content-disposition', `attachment; filename="fixtures-${season.id}.ics"`)
        .send(calendar.toString());
    },
  );
};
