import { t } from '../i18n/translate';
import { isApiError } from './api-error';

/** ROUND_LOCKED and ROUND_FINALIZED in words for the person at the table, or null for any other error. */
export function roundClosedMessage(error: unknown): string | null {
  if (!isApiError(error)) return null;
  const round =
    typeof error.details?.round === 'number'
      ? t('round.named', { round: error.details.round })
      : t('round.this');
  if (error.code === 'ROUND_LOCKED') return t('round.locked', { round });
  if (error.code === 'ROUND_FINALIZED') return t('round.finalized', { round });
  return null;
}
