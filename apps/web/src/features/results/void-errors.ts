import { t } from '../../i18n/translate';
import { isApiError } from '../../lib/api-error';
import { formatPoints } from '../../lib/format';
import { roundClosedMessage } from '../../lib/round-closed';

/** A refused void in words an admin can act on, or undefined to keep the sentence for the code. */
export function explainVoidError(error: unknown): string | undefined {
  if (!isApiError(error)) return undefined;
  const closed = roundClosedMessage(error);
  if (closed) return closed;
  if (error.code === 'NEGATIVE_POINTS_RESULT') {
    const { balance, delta_points: delta } = error.details ?? {};
    const figures =
      typeof balance === 'number' && typeof delta === 'number'
        ? t('void.negativeFigures', { balance: formatPoints(balance), delta: formatPoints(delta) })
        : '';
    return t('void.negative', { figures });
  }
  if (error.code === 'MATCH_NOT_RECORDED') return t('void.notRecorded');
  return undefined;
}
