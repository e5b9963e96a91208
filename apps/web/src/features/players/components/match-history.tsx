import { Link } from '../../../components/ui/link';
import { t } from '../../../i18n/translate';
import { formatDate, formatSets, formatSigned } from '../../../lib/format';
import type { PlayerMatch } from '../api/get-player-history';

export const opponentNames = (players: { player_name: string }[]) =>
  players.map((player) => player.player_name).join(' / ');

/** The fixture's own day when it has one: a result typed the next morning still belongs to match night. */
export const matchDay = (match: PlayerMatch) => formatDate(match.scheduled_at ?? match.played_at);

export function MatchHistory({ matches, total }: { matches: PlayerMatch[]; total: number }) {
  if (matches.length === 0) return <p className="muted">{t('player.noMatches')}</p>;
  return (
    <>
      <ul className="plain-list">
        {matches.map((match) => (
          <li key={match.match_id}>
            <Link className="history-match" href={`/fixtures/${match.fixture_id}`}>
              <span
                className={match.won ? 'result-chip result-chip--won' : 'result-chip result-chip--lost'}
                title={match.won ? t('player.wonWord') : t('player.lostWord')}
              >
                {match.won ? t('player.won') : t('player.lost')}
              </span>
              <span className="history-match__body">
                <span className="history-match__title">
                  {match.games_for}–{match.games_against} {t('common.v')} {opponentNames(match.opponents)}
                </span>
                <span className="muted small">
                  {[
                    match.partner ? t('player.with', { name: match.partner.player_name }) : null,
                    match.opponent_team_name,
                    t('player.round', { round: match.round }),
                    matchDay(match),
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </span>
                <span className="small">{formatSets(match.sets_for, match.sets_against)}</span>
              </span>
              {match.points_earned !== null ? (
                <span className="history-match__points">{formatSigned(match.points_earned)}</span>
              ) : null}
            </Link>
          </li>
        ))}
      </ul>
      {total > matches.length ? (
        <p className="muted small">{t('player.showingLatest', { shown: matches.length, total })}</p>
      ) : null}
    </>
  );
}
