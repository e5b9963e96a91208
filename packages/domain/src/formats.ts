/**
 * Team formats (SPEC §6): the order of play follows from the lineups. Home positions are A, B, C…,
 * guest positions X, Y, Z…; `D` is the doubles. A format is data: named ones are just slot lists.
 */
export const NAMED_FORMATS = {
  CORBILLON: { team_size: 2, slots: ['A-X', 'B-Y', 'D', 'A-Y', 'B-X'] },
  WORLD_TEAM: { team_size: 3, slots: ['A-X', 'B-Y', 'C-Z', 'A-Y', 'B-X'] },
  THREE_NINE: {
    team_size: 3,
    slots: ['A-X', 'B-Y', 'C-Z', 'B-X', 'A-Z', 'C-Y', 'B-Z', 'C-X', 'A-Y'],
  },
  THREE_TEN: {
    team_size: 3,
    slots: ['A-X', 'B-Y', 'C-Z', 'B-X', 'A-Z', 'C-Y', 'B-Z', 'C-X', 'A-Y', 'D'],
  },
} as const;

export type FormatName = keyof typeof NAMED_FORMATS;
export interface CustomFormat {
  team_size: number;
  slots: readonly string[];
}
export type FormatRule = 'FREE' | FormatName | CustomFormat;

export type Side = 'home' | 'guest';
export interface Slot {
  /** match_order */
  order: number;
  match_type: 'SINGLE' | 'DOUBLE';
  home: string;
  guest: string;
}
export interface Format {
  team_size: number;
  slots: Slot[];
}

export const MAX_TEAM_SIZE = 6;
// D is the doubles, so the fourth home position skips it: A, B, C, E, F, G would confuse a scoresheet.
const HOME_POSITIONS = ['A', 'B', 'C', 'E', 'F', 'G'];
const GUEST_POSITIONS = ['X', 'Y', 'Z', 'W', 'V', 'U'];

export const positionsOf = (side: Side, teamSize: number) =>
  (side === 'home' ? HOME_POSITIONS : GUEST_POSITIONS).slice(0, teamSize);

/** Every reason a custom format is refused; empty means it is playable. */
export function checkFormat(format: CustomFormat): string[] {
  const problems: string[] = [];
  if (!Number.isInteger(format.team_size) || format.team_size < 1 || format.team_size > MAX_TEAM_SIZE) {
    return [`team_size must be a whole number from 1 to ${MAX_TEAM_SIZE}`];
  }
  const home = positionsOf('home', format.team_size);
  const guest = positionsOf('guest', format.team_size);
  if (format.slots.length === 0 || format.slots.length > 99) problems.push('a format has 1 to 99 slots');
  format.slots.forEach((slot, i) => {
    if (slot === 'D') return;
    const [h, g, rest] = slot.split('-');
    if (rest !== undefined || !h || !g || !home.includes(h) || !guest.includes(g)) {
      problems.push(
        `slot ${i + 1} "${slot}" must be "D" or a home position (${home.join(', ')}) against a guest position (${guest.join(', ')}), like "A-X"`,
      );
    }
  });
  return problems;
}

/** The slots of a season's format, or null for FREE (matches are created one by one). */
export function resolveFormat(rule: FormatRule | null | undefined): Format | null {
  if (!rule || rule === 'FREE') return null;
  const spec: CustomFormat = typeof rule === 'string' ? NAMED_FORMATS[rule] : rule;
  return {
    team_size: spec.team_size,
    slots: spec.slots.map((slot, i) =>
      slot === 'D'
        ? { order: i + 1, match_type: 'DOUBLE', home: 'D', guest: 'D' }
        : {
            order: i + 1,
            match_type: 'SINGLE',
            home: slot.split('-')[0]!,
            guest: slot.split('-')[1]!,
          },
    ),
  };
}

/** stop_when_decided defaults to true for the formats played to a decision (Corbillon, World Team). */
export function stopsWhenDecided(rule: FormatRule | null | undefined, explicit: boolean | null | undefined) {
  if (explicit !== null && explicit !== undefined) return explicit;
  return rule === 'CORBILLON' || rule === 'WORLD_TEAM';
}

/** Once one side has won more than half of the slots, the rest cannot change the winner. */
export function isDecided(homeWon: number, guestWon: number, slotCount: number): boolean {
  return Math.max(homeWon, guestWon) * 2 > slotCount;
}
