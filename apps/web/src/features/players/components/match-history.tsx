import { Link } from '../../../components/ui/link';
import { formatDate, formatSets, formatSigned } from '../../../lib/format';
import type { PlayerMatch } from '../api/get-player-history';

const names = (players: { player_name: string }[]) => players.map((player) => player.player_name).join(' / ');

export function MatchHistory({ matches, total }: { matches: PlayerMatch[]; total: number }) {
  if (matches.length === 0) return <p className="muted">No matches recorded yet.</p>;
  return (
    <>
      <ul className="plain-list">
        {matches.map((match) => (
          <li key={match.match_id} className="history-match">
            <span className={match.won ? 'result-chip result-chip--won' : 'result-chip result-chip--lost'}>
              {match.won ? 'W' : 'L'}
            </span>
            <span className="history-match__body">
              <Link href={`/fixtures/${match.fixture_id}`}>
                {match.games_for}–{match.games_against} v {names(match.opponents)}
              </Link>
              <span className="muted small">
                {[
                  match.partner ? `with ${match.partner.player_name}` : null,
                  match.opponent_team_name,
                  `round ${match.round}`,
                  formatDate(match.played_at),
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </span>
              <span className="small">{formatSets(match.sets_for, match.sets_against)}</span>
            </span>
            {match.points_earned !== null ? (
              <span className="history-match__points">{formatSigned(match.points_earned)}</span>
            ) : null}
          </li>
        ))}
      </ul>
      {total > matches.length ? (
        <p className="muted small">
          Showing the latest {matches.length} of {total} matches.
        </p>
      ) : null}
    </>
  );
}
