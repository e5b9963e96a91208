import { formatPoints } from '../../../lib/format';
import { ordinal } from '../../../lib/position-labels';
import type { PlayerSeasonSummary, RankChange } from '../api/get-player-history';

const REASONS: Record<string, string> = {
  PROMOTION: 'promoted',
  RELEGATION: 'relegated',
  REGISTRATION: 'registered',
  CARRY_OVER: 'carried over',
  MANUAL: 'set by an admin',
};

export function SeasonHistory({
  seasons,
  rankHistory,
}: {
  seasons: PlayerSeasonSummary[];
  rankHistory: RankChange[];
}) {
  const moves = rankHistory.filter(
    (change) => change.reason === 'PROMOTION' || change.reason === 'RELEGATION',
  );
  return (
    <div className="stack">
      <ul className="plain-list">
        {seasons.map((season) => (
          <li key={season.player_season_id} className="plain-list__item">
            <strong>{season.season_name}</strong>
            <span className="muted small">
              {' '}
              · {season.team_name} · {season.rank_id} · {formatPoints(season.accumulated_points)} pts ·{' '}
              {season.wins}-{season.losses}
              {season.position ? ` · ${ordinal(season.position)} place` : ''}
            </span>
          </li>
        ))}
      </ul>
      {moves.length > 0 ? (
        <ul className="plain-list">
          {moves.map((move) => (
            <li key={`${move.season_id}-${move.round}-${move.to_rank_id}`} className="plain-list__item small">
              {move.from_rank_id} → {move.to_rank_id} ({REASONS[move.reason] ?? move.reason}
              {move.round ? ` after round ${move.round}` : ''})
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
