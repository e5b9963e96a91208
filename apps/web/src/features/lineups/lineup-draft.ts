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
 * The mistakes a phone can catch before anything is sent: a missing player or partner, the same player
 * twice, a number already used. Whether each player may play for that team is the server's call.
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
  const seen = new Set<string>();
  for (const slot of slotsFor(draft.match_type)) {
    const playerId = draft.players[slot];
    if (!playerId) {
      problems.push({ field: slot, kind: 'missing', message: t(MISSING[slot]) });
    } else if (seen.has(playerId)) {
      const name = nameOf(playerId) ?? t('lineup.samePlayer');
      problems.push({
        field: slot,
        kind: 'duplicate',
        message: t('lineup.twice', { name }),
      });
    }
    seen.add(playerId);
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
