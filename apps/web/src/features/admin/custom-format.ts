import { type CustomFormat, checkFormat, NAMED_FORMATS, positionsOf } from '@pingpong/domain';

/**
 * A custom team format in the rules editor's draft, where every rule is a string: "CUSTOM:2:A-X,B-Y,D"
 * is two a side playing A-X, B-Y and the doubles. The domain's checkFormat is the judge, as on the server.
 */
const PREFIX = 'CUSTOM:';

export const isCustomDraft = (value: string) => value.startsWith(PREFIX);

export const customDraft = (format: CustomFormat) => `${PREFIX}${format.team_size}:${format.slots.join(',')}`;

export function parseCustomDraft(value: string): CustomFormat {
  const [size = '', slots = ''] = value.slice(PREFIX.length).split(':');
  return { team_size: Number(size), slots: slots ? slots.split(',') : [] };
}

/** Where "custom" starts: the named format chosen before (so it can be adjusted), or a short default. */
export function startingFormat(previous: string): CustomFormat {
  const named = NAMED_FORMATS[previous as keyof typeof NAMED_FORMATS];
  return named
    ? { team_size: named.team_size, slots: [...named.slots] }
    : { team_size: 2, slots: ['A-X', 'B-Y', 'D'] };
}

/** The slots the domain refuses (by index), e.g. a "C-Z" left over after the team size went down to 2. */
export const badSlots = (format: CustomFormat): Set<number> =>
  new Set(
    format.slots.flatMap((slot, index) =>
      checkFormat({ team_size: format.team_size, slots: [slot] }).length > 0 ? [index] : [],
    ),
  );

export const formatProblems = (format: CustomFormat) => checkFormat(format);

/** A new singles slot: the next pairing that is not in the list yet, else the first one. */
export function nextSlot(format: CustomFormat): string {
  const home = positionsOf('home', format.team_size);
  const guest = positionsOf('guest', format.team_size);
  for (const g of guest.keys())
    for (const h of home.keys()) {
      const slot = `${home[h]}-${guest[(h + g) % guest.length]}`;
      if (!format.slots.includes(slot)) return slot;
    }
  return `${home[0]}-${guest[0]}`;
}
