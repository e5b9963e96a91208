import { divisionStandings } from '@pingpong/domain';
import type { Database } from '../../db/client.js';
import { errors } from '../../errors.js';
import { findSeason } from '../seasons/repository.js';
import { rulesOf } from '../seasons/service.js';
import type { ReadCache } from './cache.js';
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
    leaderboard(seasonId: string, filter: repo.LeaderboardFilter, limit: number, offset: number) {
      const key = `leaderboard:${seasonId}:${filter.teamId ?? ''}:${filter.rankId ?? ''}:${filter.divisionId ?? ''}:${limit}:${offset}`;
      return cache.get(key, async () => {
        const season = await seasonOrThrow(seasonId);
        const [rows, total] = await Promise.all([
          repo.leaderboardPage(db, seasonId, filter, limit, offset),
          repo.leaderboardTotal(db, seasonId, filter),
        ]);
        return JSON.stringify({
          message: 'Leaderboard retrieved',
          data: rows.map((row) => ({ ...row, rank: row.position })),
          meta: { total, limit, offset },
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
