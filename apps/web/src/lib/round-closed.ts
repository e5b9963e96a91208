import { isApiError } from './api-error';

/** ROUND_LOCKED and ROUND_FINALIZED in words for the person at the table, or null for any other error. */
export function roundClosedMessage(error: unknown): string | null {
  if (!isApiError(error)) return null;
  const round = typeof error.details?.round === 'number' ? `Round ${error.details.round}` : 'This round';
  if (error.code === 'ROUND_LOCKED')
    return `${round} is locked: its matches and results cannot change until an admin unlocks it.`;
  if (error.code === 'ROUND_FINALIZED')
    return `${round} is finalized: its results are final and can no longer change.`;
  return null;
}
