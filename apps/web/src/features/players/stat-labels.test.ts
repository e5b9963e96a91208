import { describe, expect, it } from 'vitest';
import { switchLanguage } from '../../i18n/translate';
import type { PlayerStats } from './api/get-player-stats';
import { percent, statTiles, streakLabel } from './stat-labels';

// These tests read the English texts; i18n.test.ts holds the two catalogs together.
await switchLanguage('en', { remember: false });

describe('player stat labels', () => {
  it('shows rates as whole percentages and streaks as W/L plus length', () => {
    expect(percent(0.6667)).toBe('67%');
    expect(percent(0)).toBe('0%');
    expect(streakLabel({ result: 'WIN', length: 3 })).toBe('W3');
    expect(streakLabel({ result: 'LOSS', length: 1 })).toBe('L1');
    expect(streakLabel({ result: null, length: 0 })).toBe('–');
    expect(streakLabel(undefined)).toBe('–');
  });

  it('builds the tiles of the stats card', () => {
    const stats: PlayerStats = {
      played: 4,
      won: 3,
      lost: 1,
      win_rate: 0.75,
      games_won: 10,
      games_lost: 5,
      league_points_earned: 350,
      current_streak: { result: 'WIN', length: 2 },
      longest_win_streak: 2,
      longest_loss_streak: 1,
      player_id: 'p1',
      season_id: null,
      points_for: 100,
      points_against: 80,
      singles: { played: 4, won: 3, lost: 1, win_rate: 0.75 },
      doubles: { played: 0, won: 0, lost: 0, win_rate: 0 },
      by_opponent_rank: [],
    };
    expect(statTiles({ ...stats, longest_win_streak: 1 })[5]?.value).toBe('1 win');
    expect(statTiles(stats)).toEqual([
      { label: 'Played', value: '4' },
      { label: 'Won–lost', value: '3–1' },
      { label: 'Win rate', value: '75%' },
      { label: 'Games', value: '10–5' },
      { label: 'Streak', value: 'W2' },
      { label: 'Best run', value: '2 wins' },
    ]);
  });
});
