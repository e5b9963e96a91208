import { Avatar } from '../../../components/ui/avatar';
import { ErrorMessage } from '../../../components/ui/error-message';
import { Loading } from '../../../components/ui/loading';
import { usePlayer } from '../api/get-player';
import { PlayerHistory } from './player-history';
import { PlayerStats } from './player-stats';
import { PointLogList } from './point-log-list';

interface PlayerScreenProps {
  playerId: string;
  seasonId: string | undefined;
  /** The player's registration in the season, when the page was opened from the leaderboard. */
  playerSeasonId: string | null;
}

export function PlayerScreen({ playerId, seasonId, playerSeasonId }: PlayerScreenProps) {
  const player = usePlayer(playerId);
  if (player.isPending) return <Loading label="Loading the player…" />;
  if (player.isError) {
    return <ErrorMessage title="Could not load the player" error={player.error} onRetry={() => player.refetch()} />;
  }
  const data = player.data;
  return (
    <section className="stack">
      <header className="player-hero card">
        <Avatar name={data.full_name} url={data.avatar_url} size={64} />
        <div>
          <h1 className="page-header__title">{data.full_name}</h1>
          <p className="muted">
            {[data.birth_year ? `Born ${data.birth_year}` : null, data.is_active ? null : 'Inactive']
              .filter(Boolean)
              .join(' · ') || 'Player'}
          </p>
        </div>
      </header>
      <section className="card stack" aria-labelledby="stats-title">
        <h2 id="stats-title" className="section-title">
          This season
        </h2>
        <PlayerStats playerId={playerId} seasonId={seasonId} />
      </section>
      {playerSeasonId ? (
        <section className="card stack" aria-labelledby="points-title">
          <h2 id="points-title" className="section-title">
            Points history
          </h2>
          <PointLogList playerSeasonId={playerSeasonId} />
        </section>
      ) : null}
      <section className="card stack" aria-labelledby="history-title">
        <h2 id="history-title" className="section-title">
          History
        </h2>
        <PlayerHistory playerId={playerId} />
      </section>
    </section>
  );
}
