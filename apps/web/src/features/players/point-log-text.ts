import { t, tCode } from '../../i18n/translate';
import type { PlayerMatch } from './api/get-player-history';
import type { PointLog } from './api/get-point-logs';

const opponents = (match: PlayerMatch) => match.opponents.map((player) => player.player_name).join(' / ');

/**
 * A point log entry as the league says it: "Won 3–0 against Hoàng Thành Dũng, round 5" for a match
 * (found through the log's ref_id), the source as a word otherwise, with the organiser's own reason for
 * adjustments. The stored reason text of a match ("Match result: 9-7-8 vs …") is never shown.
 */
export function describePointLog(log: PointLog, matches: ReadonlyMap<string, PlayerMatch>): string {
  const match = log.ref_id ? matches.get(log.ref_id) : undefined;
  if (log.source === 'MATCH' && match) {
    return t('log.match', {
      result: match.won ? t('player.wonWord') : t('player.lostWord'),
      score: `${match.games_for}–${match.games_against}`,
      opponent: opponents(match),
      round: match.round,
    });
  }
  const source = tCode('log.source', log.source);
  if (log.source === 'MATCH' || log.source === 'INITIAL') return source;
  return log.reason ? `${source}: ${log.reason}` : source;
}
