import { checkLineup } from '@pingpong/domain';
import { type MessageKey, t } from '../../i18n/translate';
import type { CreateMatchBody } from './api/create-match';

export type MatchType = 'SINGLE' | 'DOUBLE';
export type Slot = 'home1' | 'home2' | 'guest1' | 'guest2';

/** A fixture holds at most nine matches, numbered 1–9 (SPEC §3 "Lineups"). */
export const MATCH_ORDERS = [1, 2, 3, 4, 5, 6, 7, 8, 9] as const;

export interface LineupDraft {
  match_order: number | null;
  match_type: MatchType;
  /** Player ids, '' while a slot is not chosen. */
  players: Record<Slot, string>;
}

export interface DraftProblem {
  field: Slot | 'match_order';
  kind: 'missing' | 'duplicate' | 'taken';
  message: string;
}

export type DraftCheck = { ok: true; body: CreateMatchBody } | { ok: false; problems: DraftProblem[] };

export const freeOrders = (taken: Iterable<number>): number[] => {
  const used = new Set(taken);
  return MATCH_ORDERS.filter((order) => !used.has(order));
};

export const emptyDraft = (taken: Iterable<number>, match_type: MatchType = 'SINGLE'): LineupDraft => ({
  match_order: freeOrders(taken)[0] ?? null,
  match_type,
  players: { home1: '', home2: '', guest1: '', guest2: '' },
});

export const slotsFor = (type: MatchType): Slot[] =>
  type === 'DOUBLE' ? ['home1', 'home2', 'guest1', 'guest2'] : ['home1', 'guest1'];

const MISSING: Record<Slot, MessageKey> = {
  home1: 'lineup.missing.home1',
  home2: 'lineup.missing.home2',
  guest1: 'lineup.missing.guest1',
  guest2: 'lineup.missing.guest2',
};

/**
 * The slots the league's lineup rule (packages/domain checkLineup, the one the server applies) finds at
 * fault: an empty slot when a side is short of players, the later slot of a player picked twice. The
 * pickers only offer each team's ACTIVE players, so the registrations handed to the rule are the picks
 * themselves on their own side; whether they are still on that roster is the server's call.
 */
function slotsAtFault(draft: LineupDraft): { missing: Set<Slot>; twice: Set<Slot> } {
  const slots = slotsFor(draft.match_type);
  const picked = (side: 'home' | 'guest') =>
    slots.filter((slot) => slot.startsWith(side)).map((slot) => draft.players[slot] || null);
  const registrations = slots
    .filter((slot) => draft.players[slot])
    .map((slot) => ({
      player_id: draft.players[slot],
      team_id: slot.startsWith('home') ? 'home' : 'guest',
      status: 'ACTIVE',
    }));
  const problems = checkLineup(
    { match_type: draft.match_type, home: picked('home'), guest: picked('guest') },
    { home: 'home', guest: 'guest' },
    registrations,
  );
  const missing = new Set<Slot>();
  const twice = new Set<Slot>();
  for (const problem of problems) {
    if (problem.player_id === null) {
      for (const slot of slots) if (!draft.players[slot]) missing.add(slot);
      continue;
    }
    const holding = slots.filter((slot) => draft.players[slot] === problem.player_id);
    for (const slot of holding.slice(1)) twice.add(slot);
  }
  return { missing, twice };
}

/**
 * The mistakes a phone can catch before anything is sent: a missing player or partner, the same player
 * twice (the domain's lineup rule), a number already used (this draft's own state).
 */
export function checkDraft(
  draft: LineupDraft,
  fixtureId: string,
  taken: ReadonlySet<number>,
  nameOf: (playerId: string) => string | undefined,
): DraftCheck {
  const problems: DraftProblem[] = [];
  if (draft.match_order === null) {
    problems.push({ field: 'match_order', kind: 'missing', message: t('lineup.missingOrder') });
  } else if (taken.has(draft.match_order)) {
    problems.push({
      field: 'match_order',
      kind: 'taken',
      message: t('lineup.orderTaken', { order: draft.match_order }),
    });
  }
  const { missing, twice } = slotsAtFault(draft);
  for (const slot of slotsFor(draft.match_type)) {
    if (missing.has(slot)) {
      problems.push({ field: slot, kind: 'missing', message: t(MISSING[slot]) });
    } else if (twice.has(slot)) {
      const name = nameOf(draft.players[slot]) ?? t('lineup.samePlayer');
      problems.push({ field: slot, kind: 'duplicate', message: t('lineup.twice', { name }) });
    }
  }
  if (problems.length > 0 || draft.match_order === null) return { ok: false, problems };

  const { players } = draft;
  const doubles = draft.match_type === 'DOUBLE';
  return {
    ok: true,
    body: {
      fixture_id: fixtureId,
      match_order: draft.match_order,
      match_type: draft.match_type,
      home_player1_id: players.home1,
      ...(doubles ? { home_player2_id: players.home2 } : {}),
      guest_player1_id: players.guest1,
      ...(doubles ? { guest_player2_id: players.guest2 } : {}),
    },
  };
}
