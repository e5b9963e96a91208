import { divisionStandings, rankChanges, type SeasonRules } from '@pingpong/domain';
import type { Transaction } from '../../db/transaction.js';
import { seasonTeamNames, standingsSource } from '../leaderboards/repository.js';
import * as snapshots from './snapshot-repository.js';

/**
 * What finalizing a round writes, inside the caller's transaction: the player table, the rank changes it
 * triggers (one tier at most, judged on the ratings in that very table), and the team table.
 */
export async function writeRoundSnapshots(
  tx: Transaction,
  season: { id: string; rules: SeasonRules },
  round: number,
  actorId: string | null,
) {
  const players = await snapshots.insertPlayerSnapshot(tx, season.id, round);
  const tiers = await snapshots.rankTiers(tx);
  const proposed = rankChanges(
    players.map((row) => ({ id: row.player_season_id, rating: Number(row.rating), rank_id: row.rank_id })),
    tiers,
  );
  const applied = await snapshots.applyRankChanges(tx, season.id, round, proposed, actorId);

  const source = await standingsSource(tx, season.id);
  const teams = await seasonTeamNames(tx, season.id);
  // One table per division, positions within it, like the live standings.
  const table = divisionStandings(
    teams,
    source.map((fixture) => ({
      ...fixture,
      max_matches: fixture.match_count || Math.max(fixture.home_score, fixture.guest_score) || undefined,
    })),
    season.rules,
  );
  await snapshots.insertTeamSnapshot(tx, season.id, round, table);

  return {
    players: players.length,
    teams: table.length,
    promotions: applied.filter((change) => change.reason === 'PROMOTION').length,
    relegations: applied.filter((change) => change.reason === 'RELEGATION').length,
  };
}
