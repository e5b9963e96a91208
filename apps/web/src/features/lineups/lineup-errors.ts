import { getLanguage } from '../../i18n/language';
import { type MessageKey, t } from '../../i18n/translate';
import { isApiError } from '../../lib/api-error';
import { roundClosedMessage } from '../../lib/round-closed';

export interface ExplainedError {
  message?: string;
  problems: string[];
}

interface PlayerProblem {
  player_id?: unknown;
  reason?: unknown;
}

const THE_PLAYER = 'The player ';

const REASONS: [RegExp, MessageKey][] = [
  [/more than once/, 'lineup.problem.duplicate'],
  [/not registered/, 'lineup.problem.notRegistered'],
  [/does not play for/, 'lineup.problem.wrongTeam'],
  [/ is \w+ in this season/, 'lineup.problem.status'],
];

/**
 * "The player is INACTIVE in this season" about an id becomes "Hoàng Mai is INACTIVE in this season";
 * in Vietnamese the server's English reason is recognised and said again in the league's words.
 */
function describeProblem(problem: PlayerProblem, nameOf: (playerId: string) => string | undefined): string {
  const reason = typeof problem.reason === 'string' ? problem.reason : '';
  const name =
    typeof problem.player_id === 'string'
      ? (nameOf(problem.player_id) ?? t('lineup.unknownPlayer'))
      : t('lineup.samePlayer');
  if (getLanguage() !== 'en') {
    const key = REASONS.find(([pattern]) => pattern.test(reason))?.[1] ?? 'lineup.notAllowed';
    return t(key, { name });
  }
  if (!reason) return t('lineup.notAllowed', { name });
  if (typeof problem.player_id !== 'string') return reason;
  return reason.startsWith(THE_PLAYER) ? `${name} ${reason.slice(THE_PLAYER.length)}` : `${name}: ${reason}`;
}

/** The server's refusal of a new match, in the words of the line-up form. */
export function explainLineupError(
  error: unknown,
  nameOf: (playerId: string) => string | undefined,
): ExplainedError {
  if (!isApiError(error)) return { problems: [] };
  const closed = roundClosedMessage(error);
  if (closed) return { message: closed, problems: [] };
  if (error.code === 'MATCH_ORDER_TAKEN') {
    const order = error.details?.match_order;
    const which = typeof order === 'number' ? t('lineup.matchN', { order }) : t('lineup.thatNumber');
    return {
      message: t('lineup.orderTakenServer', { which }),
      problems: [],
    };
  }
  if (error.code === 'INVALID_PLAYERS') {
    const problems = Array.isArray(error.details?.problems)
      ? (error.details.problems as PlayerProblem[])
      : [];
    return {
      message: t('lineup.refused'),
      problems: problems.map((problem) => describeProblem(problem, nameOf)),
    };
  }
  return { problems: [] };
}
