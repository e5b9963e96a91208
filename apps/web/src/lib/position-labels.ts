import { getLanguage, LOCALES } from '../i18n/language';
import { type MessageKey, t } from '../i18n/translate';

export interface PositionLabel {
  text: string;
  shared: boolean;
  description: string;
}

/** "1st", "22nd" in English; Vietnamese says "hạng 1", so its ordinal is the number itself. */
export function ordinal(n: number): string {
  const category = new Intl.PluralRules(LOCALES[getLanguage()], { type: 'ordinal' }).select(n);
  const key = `ordinal.${category}` as MessageKey;
  return t(['ordinal.one', 'ordinal.two', 'ordinal.few'].includes(key) ? key : 'ordinal.other', { n });
}

export const placeLabel = (n: number) => t('common.place', { ordinal: ordinal(n) });

/**
 * Equal points and wins share a place (RANK semantics: 1, 2, 2, 4). A shared place is shown as "=2"
 * on every row that has it, the way league tables print ties.
 */
export function positionLabels(positions: readonly number[]): PositionLabel[] {
  const counts = new Map<number, number>();
  for (const position of positions) counts.set(position, (counts.get(position) ?? 0) + 1);
  return positions.map((position) => {
    const shared = (counts.get(position) ?? 0) > 1;
    return {
      text: shared ? `=${position}` : String(position),
      shared,
      description: t(shared ? 'common.sharedPlace' : 'common.place', { ordinal: ordinal(position) }),
    };
  });
}
