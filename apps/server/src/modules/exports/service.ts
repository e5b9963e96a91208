import { stringify } from 'csv-stringify/sync';
import ical from 'ical-generator';
import type { Database } from '../../db/client.js';
import { errors } from '../../errors.js';
import type { LeaderboardService } from '../leaderboards/service.js';
import { findSeason } from '../seasons/repository.js';
import { seasonFixtures } from './repository.js';

/** Excel reads a CSV as UTF-8 (Vietnamese names intact) only when it starts with a byte-order mark. */
const BOM = '\uFEFF';
const PAGE = 1_000;
/** A fixture's calendar entry; a table tennis team match takes an evening. */
const FIXTURE_HOURS = 3;

const LEADERBOARD_COLUMNS = [
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
];
const STANDINGS_COLUMNS = [
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
];

/** A file to download: its media type, the name it is saved under, its text. */
export interface ExportFile {
  mediaType: string;
  filename: string;
  body: string;
}

const csv = (rows: Array<Record<string, unknown>>, columns: string[]) =>
  BOM + stringify(rows, { header: true, columns });

export function exportService(db: Database, leaderboards: LeaderboardService) {
  async function seasonOrThrow(id: string) {
    const season = await findSeason(db, id);
    if (!season) throw errors.seasonNotFound(id);
    return season;
  }

  return {
    async leaderboardCsv(seasonId: string): Promise<ExportFile> {
      const season = await seasonOrThrow(seasonId);
      const rows: Array<Record<string, unknown>> = [];
      for (let offset = 0; ; offset += PAGE) {
        const page = await leaderboards.leaderboardRows(season.id, {}, PAGE, offset);
        rows.push(...page);
        if (page.length < PAGE) break;
      }
      return {
        mediaType: 'text/csv; charset=utf-8',
        filename: `leaderboard-${season.id}.csv`,
        body: csv(rows, LEADERBOARD_COLUMNS),
      };
    },

    async standingsCsv(seasonId: string): Promise<ExportFile> {
      const season = await seasonOrThrow(seasonId);
      return {
        mediaType: 'text/csv; charset=utf-8',
        filename: `standings-${season.id}.csv`,
        body: csv(await leaderboards.standingsRows(season.id), STANDINGS_COLUMNS),
      };
    },

    async fixturesCalendar(seasonId: string, teamId?: string): Promise<ExportFile> {
      const season = await seasonOrThrow(seasonId);
      const calendar = ical({
        name: season.name,
        prodId: { company: 'Ping Pong League', product: 'fixtures', language: 'VI' },
      });
      for (const fixture of await seasonFixtures(db, season.id, teamId)) {
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
      return {
        mediaType: 'text/calendar; charset=utf-8',
        filename: `fixtures-${season.id}.ics`,
        body: calendar.toString(),
      };
    },
  };
}

export type ExportService = ReturnType<typeof exportService>;
