import { type Format, positionsOf, type Side } from './formats.js';
import type { LineupProblem, Registration } from './lineup.js';

export interface PositionalLineup {
  positions: Record<string, string>;
  doubles?: readonly string[] | null;
}

/**
 * SPEC §6 "Lineups by position": each named position belongs to the side, each player plays one
 * position, everyone is an ACTIVE registration of the side's team. Positions may stay empty (the
 * match is then forfeited); the doubles pair may come later.
 */
export function checkPositionalLineup(
  format: Format,
  side: Side,
  lineup: PositionalLineup,
  teamId: string,
  registrations: readonly Registration[],
): LineupProblem[] {
  const problems: LineupProblem[] = [];
  const allowed = positionsOf(side, format.team_size);
  const seen = new Set<string>();
  for (const [position, playerId] of Object.entries(lineup.positions)) {
    if (!allowed.includes(position)) {
      problems.push({
        player_id: playerId,
        reason: `Position ${position} is not a ${side} position of this format (${allowed.join(', ')})`,
      });
    }
    if (seen.has(playerId))
      problems.push({ player_id: playerId, reason: 'The player is in more than one position' });
    seen.add(playerId);
  }
  const hasDoubles = format.slots.some((slot) => slot.match_type === 'DOUBLE');
  const pair = lineup.doubles ?? null;
  if (pair && !hasDoubles) problems.push({ player_id: null, reason: 'This format has no doubles' });
  if (pair && (pair.length !== 2 || pair[0] === pair[1])) {
    problems.push({ player_id: pair[0] ?? null, reason: 'The doubles pair needs two different players' });
  }
  const byPlayer = new Map(registrations.map((r) => [r.player_id, r]));
  for (const id of new Set([...Object.values(lineup.positions), ...(pair ?? [])])) {
    const registration = byPlayer.get(id);
    if (!registration)
      problems.push({ player_id: id, reason: 'The player is not registered in this season' });
    else if (registration.status !== 'ACTIVE')
      problems.push({ player_id: id, reason: `The player is ${registration.status} in this season` });
    else if (registration.team_id !== teamId)
      problems.push({ player_id: id, reason: `The player does not play for the ${side} team` });
  }
  return problems;
}

export interface PlannedMatch {
  match_order: number;
  match_type: 'SINGLE' | 'DOUBLE';
  home_position: string;
  guest_position: string;
  home: [string | null, string | null];
  guest: [string | null, string | null];
}

/** The fixture's matches in the format's order, from both lineups (empty positions stay null). */
export function planMatches(format: Format, home: PositionalLineup, guest: PositionalLineup): PlannedMatch[] {
  const pairOf = (lineup: PositionalLineup): [string | null, string | null] =>
    lineup.doubles?.length === 2 ? [lineup.doubles[0]!, lineup.doubles[1]!] : [null, null];
  return format.slots.map((slot) => ({
    match_order: slot.order,
    match_type: slot.match_type,
    home_position: slot.home,
    guest_position: slot.guest,
    home: slot.match_type === 'DOUBLE' ? pairOf(home) : [home.positions[slot.home] ?? null, null],
    guest: slot.match_type === 'DOUBLE' ? pairOf(guest) : [guest.positions[slot.guest] ?? null, null],
  }));
}
