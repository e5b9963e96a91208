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

/** "The player is INACTIVE in this season" about an id becomes "Hoàng Mai is INACTIVE in this season". */
function describeProblem(problem: PlayerProblem, nameOf: (playerId: string) => string | undefined): string {
  const reason = typeof problem.reason === 'string' ? problem.reason : 'is not allowed in this match';
  if (typeof problem.player_id !== 'string') return reason;
  const name = nameOf(problem.player_id) ?? 'A player who is on neither roster';
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
    const which = typeof order === 'number' ? `Match ${order}` : 'That match number';
    return {
      message: `${which} is already in this fixture: someone may have just added it. Choose another number.`,
      problems: [],
    };
  }
  if (error.code === 'INVALID_PLAYERS') {
    const problems = Array.isArray(error.details?.problems)
      ? (error.details.problems as PlayerProblem[])
      : [];
    return {
      message: 'The server refused this line-up:',
      problems: problems.map((problem) => describeProblem(problem, nameOf)),
    };
  }
  return { problems: [] };
}
