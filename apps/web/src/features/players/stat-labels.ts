import type { PlayerStats } from './api/get-player-stats';

export function percent(rate: number): string {
  return `${Math.round(rate * 100)}%`;
}

/** "W3" for three wins in a row, "L1", or "–" before the first match. */
export function streakLabel(streak: PlayerStats['current_streak'] | undefined): string {
  if (!streak?.result || streak.length === 0) return '–';
  return `${streak.result === 'WIN' ? 'W' : 'L'}${streak.length}`;
}

export function statTiles(stats: PlayerStats): { label: string; value: string }[] {
  return [
    { label: 'Played', value: String(stats.played) },
    { label: 'Won–lost', value: `${stats.won}–${stats.lost}` },
    { label: 'Win rate', value: percent(stats.win_rate) },
    { label: 'Games', value: `${stats.games_won}–${stats.games_lost}` },
    { label: 'Streak', value: streakLabel(stats.current_streak) },
    {
      label: 'Best run',
      value: `${stats.longest_win_streak} ${stats.longest_win_streak === 1 ? 'win' : 'wins'}`,
    },
  ];
}
