import type { SeasonRules } from './season-rules.js';

/** League points each side's players earn for one match; doubles partners each get the full amount. */
export function pointsForSides(
  winner: 'home' | 'guest',
  rules: Pick<SeasonRules, 'win_points' | 'loss_points'>,
): { home: number; guest: number } {
  return winner === 'home'
    ? { home: rules.win_points, guest: rules.loss_points }
    : { home: rules.loss_points, guest: rules.win_points };
}
