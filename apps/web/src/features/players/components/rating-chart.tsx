import { t } from '../../../i18n/translate';
import { formatNumber } from '../../../lib/format';
import type { PlayerHistory } from '../api/get-player-history';

export type ProgressionPoint = NonNullable<PlayerHistory['progression']>[number];

const WIDTH = 320;
const HEIGHT = 120;
const PAD = 16;

/** Rating after each finalized round, from the round tables the server stored; a line drawn in SVG. */
export function RatingChart({ points }: { points: ProgressionPoint[] }) {
  if (points.length === 0) return <p className="muted">{t('player.ratingNone')}</p>;
  const ratings = points.map((point) => point.rating);
  const low = Math.min(...ratings) - 10;
  const high = Math.max(...ratings) + 10;
  const x = (index: number) =>
    PAD + (points.length === 1 ? (WIDTH - 2 * PAD) / 2 : (index * (WIDTH - 2 * PAD)) / (points.length - 1));
  const y = (rating: number) => HEIGHT - PAD - ((rating - low) / (high - low)) * (HEIGHT - 2 * PAD);
  const first = points[0];
  const last = points[points.length - 1];
  const summary =
    first && last
      ? t('player.ratingSummary', {
          first: formatNumber(Math.round(first.rating)),
          firstRound: first.round,
          last: formatNumber(Math.round(last.rating)),
          lastRound: last.round,
        })
      : '';
  return (
    <figure className="rating-chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={summary}>
        <polyline
          fill="none"
          stroke="currentColor"
          strokeWidth="2.5"
          points={points.map((point, index) => `${x(index)},${y(point.rating)}`).join(' ')}
        />
        {points.map((point, index) => (
          <circle
            key={`${point.season_id}-${point.round}`}
            cx={x(index)}
            cy={y(point.rating)}
            r="3.5"
            fill="currentColor"
          />
        ))}
      </svg>
      <figcaption className="muted small">{summary}</figcaption>
    </figure>
  );
}
