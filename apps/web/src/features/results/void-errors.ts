import { isApiError } from '../../lib/api-error';
import { formatPoints } from '../../lib/format';
import { roundClosedMessage } from '../../lib/round-closed';

/** A refused void in words an admin can act on, or undefined to keep the server's own message. */
export function explainVoidError(error: unknown): string | undefined {
  if (!isApiError(error)) return undefined;
  const closed = roundClosedMessage(error);
  if (closed) return closed;
  if (error.code === 'NEGATIVE_POINTS_RESULT') {
    const { balance, delta_points: delta } = error.details ?? {};
    const figures =
      typeof balance === 'number' && typeof delta === 'number'
        ? ` (a player has ${formatPoints(balance)} and the correction is ${formatPoints(delta)})`
        : '';
    return `Voiding would take a player's points below zero${figures}. Their points changed after this match: adjust them first, then void.`;
  }
  if (error.code === 'MATCH_NOT_RECORDED')
    return 'This match has no result any more: someone has already voided it.';
  return undefined;
}
