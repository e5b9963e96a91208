import type { ApiData } from '../../lib/api/client';
import type { TeamMember } from '../../lib/team-members-query';
import type { Slot } from './lineup-draft';

/** A match of the fixture page as far as names go: who plays on each side, by id and name. */
export type NamedMatch = Pick<
  ApiData<'/api/v1/fixtures/{id}'>['matches'][number],
  | 'home_player1_id'
  | 'home_player1_name'
  | 'home_player2_id'
  | 'home_player2_name'
  | 'guest_player1_id'
  | 'guest_player1_name'
  | 'guest_player2_id'
  | 'guest_player2_name'
>;

/** Every name this page knows by player id: both rosters (any status) and whoever already plays in it. */
export function rosterNames(
  matches: readonly NamedMatch[],
  members: readonly TeamMember[],
): Map<string, string> {
  const names = new Map<string, string>();
  const add = (id: string | null, name: string | null) => {
    if (id && name) names.set(id, name);
  };
  for (const match of matches) {
    add(match.home_player1_id, match.home_player1_name);
    add(match.home_player2_id, match.home_player2_name);
    add(match.guest_player1_id, match.guest_player1_name);
    add(match.guest_player2_id, match.guest_player2_name);
  }
  for (const member of members) add(member.player_id, member.full_name);
  return names;
}

/** Only ACTIVE players can be put in a line-up (SPEC §3 "Lineups"). */
export const activePlayers = (members: readonly TeamMember[] | undefined): TeamMember[] =>
  (members ?? []).filter((member) => member.status === 'ACTIVE');

/** A pick that is no longer on the offered rosters (refreshed after a refusal) counts as not chosen. */
export function keepPickable(
  picks: Record<Slot, string>,
  offered: readonly TeamMember[],
): Record<Slot, string> {
  const pickable = new Set(offered.map((member) => member.player_id));
  const keep = (id: string) => (pickable.has(id) ? id : '');
  return {
    home1: keep(picks.home1),
    home2: keep(picks.home2),
    guest1: keep(picks.guest1),
    guest2: keep(picks.guest2),
  };
}
