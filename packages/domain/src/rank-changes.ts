import { nextRank, type RankTier } from './ranks.js';

export interface RankedPlayer {
  id: string;
  rating: number;
  rank_id: string;
}

export interface RankChange {
  id: string;
  from: string;
  to: string;
  rating: number;
  reason: 'PROMOTION' | 'RELEGATION';
}

/**
 * The rank changes a round finalization applies: each player moves at most one tier (nextRank),
 * and only those who move are listed. Players on a rank missing from `tiers` stay where they are.
 */
export function rankChanges(players: readonly RankedPlayer[], tiers: readonly RankTier[]): RankChange[] {
  const known = new Set(tiers.map((tier) => tier.id));
  const changes: RankChange[] = [];
  for (const player of players) {
    if (!known.has(player.rank_id)) continue;
    const move = nextRank(player.rating, player.rank_id, tiers);
    if (move.direction === 'none') continue;
    changes.push({
      id: player.id,
      from: move.from,
      to: move.to,
      rating: player.rating,
      reason: move.direction === 'up' ? 'PROMOTION' : 'RELEGATION',
    });
  }
  return changes;
}
