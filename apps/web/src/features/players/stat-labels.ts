import { t } from '../../i18n/translate';
import { formatPercent } from '../../lib/format';
import type { PlayerStats } from './api/get-player-stats';

export const percent = (rate: number): string => formatPercent(rate);

/** "W3" for three wins in a row ("T3" in Vietnamese), "L1", or "–" before the first match. */
export function streakLabel(streak: PlayerStats['current_streak'] | undefined): string {
  if (!streak?.result || streak.length === 0) return '–';
  return t(streak.result === 'WIN' ? 'stat.streakWin' : 'stat.streakLoss', { n: streak.length });
}

export function statTiles(stats: PlayerStats): { label: string; value: string }[] {
  return [
    { label: t('stat.played'), value: String(stats.played) },
    { label: t('stat.wonLost'), value: `${stats.won}–${stats.lost}` },
    { label: t('stat.winRate'), value: percent(stats.win_rate) },
    { label: t('stat.games'), value: `${stats.games_won}–${stats.games_lost}` },
    { label: t('stat.streak'), value: streakLabel(stats.current_streak) },
    {
      label: t('stat.bestRun'),
      value: t(stats.longest_win_streak === 1 ? 'stat.win' : 'stat.wins', { n: stats.longest_win_streak }),
    },
  ];
}
