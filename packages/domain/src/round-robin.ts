export interface Pairing {
  round: number;
  home_team_id: string;
  guest_team_id: string;
}

const BYE = null;

/**
 * Circle method: the first slot stays put while the others rotate one place per round.
 * With an odd number of teams the bye takes the fixed slot; every other slot pair alternates
 * which side is at home, so each team plays home and away in turn and totals stay balanced.
 */
export function roundRobin(teamIds: readonly string[], opts: { double?: boolean } = {}): Pairing[] {
  if (new Set(teamIds).size !== teamIds.length) throw new RangeError('team ids must be unique');
  if (teamIds.length < 2) return [];

  const slots: (string | typeof BYE)[] = teamIds.length % 2 === 0 ? [...teamIds] : [BYE, ...teamIds];
  const size = slots.length;
  const rounds = size - 1;
  const firstHalf: Pairing[] = [];

  for (let round = 0; round < rounds; round += 1) {
    for (let pair = 0; pair < size / 2; pair += 1) {
      const top = slots[pair] ?? BYE;
      const bottom = slots[size - 1 - pair] ?? BYE;
      if (top === BYE || bottom === BYE) continue;
      // The fixed team alternates by round; the rotating pairs alternate by slot.
      const topAtHome = pair === 0 ? round % 2 === 0 : pair % 2 === 1;
      firstHalf.push({
        round: round + 1,
        home_team_id: topAtHome ? top : bottom,
        guest_team_id: topAtHome ? bottom : top,
      });
    }
    slots.splice(1, 0, slots.pop() ?? BYE);
  }

  if (!opts.double) return firstHalf;
  const secondHalf = firstHalf.map((p) => ({
    round: p.round + rounds,
    home_team_id: p.guest_team_id,
    guest_team_id: p.home_team_id,
  }));
  return [...firstHalf, ...secondHalf];
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** One date per round, `daysBetween` days apart, keeping the start's time of day (in UTC). */
export function roundDates(rounds: number, start: Date, daysBetween: number): Date[] {
  if (!Number.isInteger(rounds) || rounds < 0) throw new RangeError('rounds must be a whole number ≥ 0');
  if (!Number.isInteger(daysBetween) || daysBetween < 0) {
    throw new RangeError('daysBetween must be a whole number ≥ 0');
  }
  if (Number.isNaN(start.getTime())) throw new RangeError('start must be a valid date');
  return Array.from(
    { length: rounds },
    (_, index) => new Date(start.getTime() + index * daysBetween * DAY_MS),
  );
}
