import type { Database } from '../../db/client.js';
import { errors } from '../../errors.js';
import { findPlayer } from '../players/repository.js';
import { findSeason } from '../seasons/repository.js';
import * as repo from './repository.js';

type Page = { limit: number; offset: number };

/** A player's whole league life: seasons, matches, point log, rank history and round-by-round positions. */
export function historyService(db: Database) {
  async function check(playerId: string, seasonId?: string) {
    const player = await findPlayer(db, playerId);
    if (!player) throw errors.playerNotFound(playerId);
    if (seasonId && !(await findSeason(db, seasonId))) throw errors.seasonNotFound(seasonId);
    return { id: player.id, full_name: player.full_name, avatar_url: player.avatar_url };
  }

  return {
    async history(playerId: string, seasonId: string | undefined, limit: number) {
      const player = await check(playerId, seasonId);
      const first = { limit, offset: 0 };
      const [seasons, rankHistory, progression, matches, logs] = await Promise.all([
        repo.playerSeasons(db, playerId),
        repo.rankHistory(db, playerId, seasonId),
        repo.progression(db, playerId, seasonId),
        repo.playerMatchPage(db, playerId, seasonId, first),
        repo.playerPointLogPage(db, playerId, seasonId, first),
      ]);
      return {
        player,
        seasons: seasonId ? seasons.filter((row) => row.season_id === seasonId) : seasons,
        rank_history: rankHistory,
        progression,
        matches: { data: matches.rows, meta: { total: matches.total, ...first } },
        point_logs: { data: logs.rows, meta: { total: logs.total, ...first } },
      };
    },

    async matches(playerId: string, seasonId: string | undefined, page: Page) {
      await check(playerId, seasonId);
      return repo.playerMatchPage(db, playerId, seasonId, page);
    },

    async pointLogs(playerId: string, seasonId: string | undefined, page: Page) {
      await check(playerId, seasonId);
      return repo.playerPointLogPage(db, playerId, seasonId, page);
    },
  };
}

export type HistoryService = ReturnType<typeof historyService>;
