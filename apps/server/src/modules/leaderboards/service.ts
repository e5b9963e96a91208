import { divisionStandings } from '@pingpong/domain';
import type { Database } from '../../db/client.js';
import { errors } from '../../errors.js';
import { findSeason } from '../seasons/repository.js';
import { rulesOf } from '../seasons/service.js';
import type { ReadCache } from './cache.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import * as repo from './repository.js';

export function leaderboardService(db: Database, cache: ReadCache) {
  async function seasonOrThrow(seasonId: string) {
    const season = await findSeason(db, seasonId);
    if (!season) throw errors.seasonNotFound(seasonId);
    return season;
  }

  async function standings(seasonId: string, divisionId?: string) {
    const season = await seasonOrThrow(seasonId);
    const [source, teams] = await Promise.all([
      repo.standingsSource(db, seasonId),
      repo.seasonTeamNames(db, seasonId),
    ]);
    const byTeam = new Map(teams.map((team) => [team.team_id, team]));
    const rows = divisionStandings(
      teams,
      // A walkover before any match existed scored the format's slots on the fixture itself.
      source.map((fixture) => ({
        ...fixture,
        max_matches: fixture.match_count || Math.max(fixture.home_score, fixture.guest_score) || undefined,
      })),
      rulesOf(season),
    ).filter((row) => divisionId === undefined || row.division_id === divisionId);
    return {
      rows: rows.map((row) => ({
        ...row,
        team_name: byTeam.get(row.team_id)?.team_name ?? '',
        withdrawn: byTeam.get(row.team_id)?.withdrawn ?? false,
      })),
      final: season.status === 'FINISHED',
    };
  }

  return {
    /** The serialized response body, fresh after every committed write (see ReadCache). */
    leaderboard(seasonId: string, filter: repo.LeaderboardFilter, limit: number, from: number | string) {
      const key = `leaderboard:${seasonId}:${filter.teamId ?? ''}:${filter.rankId ?? ''}:${filter.divisionId ?? ''}:${limit}:${from}:${filter.q ?? ''}`;
      return cache.get(key, async () => {
        const start = typeof from === 'string' ? decodeCursor(from) : from;
        const offset = typeof start === 'number' ? start : start.offset;
        const season = await seasonOrThrow(seasonId);
        const [rows, total] = await Promise.all([
          repo.leaderboardPage(db, seasonId, filter, limit, start),
          repo.leaderboardTotal(db, seasonId, filter),
        ]);
        const last = rows.at(-1);
        const next =
          last && rows.length === limit && offset + limit < total
            ? encodeCursor({
                key: {
                  points: last.accumulated_points,
                  wins: last.wins,
                  matches: last.matches_played,
                  name: last.player_name,
                  id: last.player_season_id,
                },
                offset: offset + rows.length,
                position: last.position,
              })
            : null;
        return JSON.stringify({
          message: 'Leaderboard retrieved',
          data: rows.map((row) => ({ ...row, rank: row.position })),
          meta: { total, limit, offset, next_cursor: next },
          final: season.status === 'FINISHED',
        });
      });
    },

    standings(seasonId: string, divisionId?: string) {
      return cache.get(`standings:${seasonId}:${divisionId ?? ''}`, async () => {
        const { rows, final } = await standings(seasonId, divisionId);
        return JSON.stringify({ message: 'Standings retrieved', data: rows, final });
      });
    },

    /** Uncached, for callers that need the rows themselves (round snapshots, tests). */
    standingsRows: async (seasonId: string) => (await standings(seasonId)).rows,
    leaderboardRows: (seasonId: string, filter: repo.LeaderboardFilter, limit: number, offset: number) =>
      repo.leaderboardPage(db, seasonId, filter, limit, offset),
  };
}

export type LeaderboardService = ReturnType<typeof leaderboardService>;
