import { t, tCode } from '../../../i18n/translate';
import { formatPoints } from '../../../lib/format';
import { placeLabel } from '../../../lib/position-labels';
import type { PlayerSeasonSummary, RankChange } from '../api/get-player-history';

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
              · {season.team_name} · {season.rank_id} · {formatPoints(season.accumulated_points)}{' '}
              {t('common.pts')} · {season.wins}-{season.losses}
              {season.position ? ` · ${placeLabel(season.position)}` : ''}
            </span>
          </li>
        ))}
      </ul>
      {moves.length > 0 ? (
        <ul className="plain-list">
          {moves.map((move) => (
            <li key={`${move.season_id}-${move.round}-${move.to_rank_id}`} className="plain-list__item small">
              {move.from_rank_id} → {move.to_rank_id} ({tCode('rankReason', move.reason)}
              {move.round ? t('rankMove.afterRound', { round: move.round }) : ''})
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
