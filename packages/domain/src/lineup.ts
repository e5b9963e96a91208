/** Lineup rules (SPEC §3 "Lineups"): who may play in a match, with every reason a lineup is refused. */
export interface LineupInput {
  match_type: 'SINGLE' | 'DOUBLE';
  home: Array<string | null | undefined>;
  guest: Array<string | null | undefined>;
}

export interface Registration {
  player_id: string;
  team_id: string;
  status: string;
}

export interface LineupProblem {
  player_id: string | null;
  reason: string;
}

export function checkLineup(
  input: LineupInput,
  teams: { home: string; guest: string },
  registrations: readonly Registration[],
): LineupProblem[] {
  const problems: LineupProblem[] = [];
  const size = input.match_type === 'SINGLE' ? 1 : 2;
  for (const [side, ids] of [['home', input.home] as const, ['guest', input.guest] as const]) {
    const given = ids.filter((id): id is string => Boolean(id));
    if (given.length !== size) {
      problems.push({
        player_id: null,
        reason: `A ${input.match_type} match needs exactly ${size} ${side} player${size > 1 ? 's' : ''}`,
      });
    }
    if (input.match_type === 'SINGLE' && ids[1]) {
      problems.push({ player_id: ids[1], reason: `A SINGLE match has no second ${side} player` });
    }
  }
  const everyone = [...input.home, ...input.guest].filter((id): id is string => Boolean(id));
  const seen = new Set<string>();
  for (const id of everyone) {
    if (seen.has(id))
      problems.push({ player_id: id, reason: 'The player appears more than once in the match' });
    seen.add(id);
  }
  const byPlayer = new Map(registrations.map((r) => [r.player_id, r]));
  const check = (id: string | null | undefined, teamId: string, side: string) => {
    if (!id) return;
    const registration = byPlayer.get(id);
    if (!registration)
      problems.push({ player_id: id, reason: 'The player is not registered in this season' });
    else if (registration.status !== 'ACTIVE')
      problems.push({ player_id: id, reason: `The player is ${registration.status} in this season` });
    else if (registration.team_id !== teamId)
      problems.push({ player_id: id, reason: `The player does not play for the ${side} team` });
  };
  for (const id of input.home) check(id, teams.home, 'home');
  for (const id of input.guest) check(id, teams.guest, 'guest');
  return problems;
}
