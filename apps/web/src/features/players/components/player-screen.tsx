import type { ReactNode } from 'react';
import { Avatar } from '../../../components/ui/avatar';
import { ErrorMessage } from '../../../components/ui/error-message';
import { Loading } from '../../../components/ui/loading';
import { Notice } from '../../../components/ui/notice';
import { isMissingEndpoint } from '../../../lib/api-error';
import { formatPoints } from '../../../lib/format';
import { ordinal } from '../../../lib/position-labels';
import { usePlayer } from '../api/get-player';
import { usePlayerHistory } from '../api/get-player-history';
import { MatchHistory } from './match-history';
import { PlayerStats } from './player-stats';
import { PointLogList, RegistrationPointLog } from './point-log-list';
import { SeasonHistory } from './season-history';

interface PlayerScreenProps {
  playerId: string;
  seasonId: string | undefined;
  /** The player's registration in the season, when the page was opened from the leaderboard. */
  playerSeasonId: string | null;
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="card stack" aria-labelledby={id}>
      <h2 id={id} className="section-title">
        {title}
      </h2>
      {children}
    </section>
  );
}

export function PlayerScreen({ playerId, seasonId, playerSeasonId }: PlayerScreenProps) {
  const player = usePlayer(playerId);
  const history = usePlayerHistory(playerId);
  if (player.isPending) return <Loading label="Loading the player…" />;
  if (player.isError) {
    return (
      <ErrorMessage title="Could not load the player" error={player.error} onRetry={() => player.refetch()} />
    );
  }

  const data = player.data;
  const missingHistory = isMissingEndpoint(history.error);
  const current = history.data?.seasons.find((season) => season.season_id === seasonId);
  const subtitle = current
    ? `${current.team_name} · ${current.rank_id} · ${formatPoints(current.accumulated_points)} pts${
        current.position ? ` · ${ordinal(current.position)} place` : ''
      }`
    : data.birth_year
      ? `Born ${data.birth_year}`
      : 'Player';

  return (
    <section className="stack">
      <header className="player-hero card">
        <Avatar name={data.full_name} url={data.avatar_url} size={64} />
        <div>
          <h1 className="page-header__title">{data.full_name}</h1>
          <p className="muted">{subtitle}</p>
        </div>
      </header>
      <Section id="stats-title" title="This season">
        <PlayerStats playerId={playerId} seasonId={seasonId} />
      </Section>
      {history.isPending ? <Loading label="Loading history…" /> : null}
      {history.isError && !missingHistory ? (
        <ErrorMessage title="Could not load the history" error={history.error} />
      ) : null}
      {missingHistory ? <Notice>Match history is not available on this server yet.</Notice> : null}
      {history.data ? (
        <>
          <Section id="matches-title" title="Recent matches">
            <MatchHistory matches={history.data.matches.data} total={history.data.matches.meta.total} />
          </Section>
          <Section id="points-title" title="Points history">
            <PointLogList logs={history.data.point_logs.data} />
          </Section>
          {history.data.seasons.length > 0 ? (
            <Section id="seasons-title" title="Seasons">
              <SeasonHistory seasons={history.data.seasons} rankHistory={history.data.rank_history} />
            </Section>
          ) : null}
        </>
      ) : null}
      {missingHistory && playerSeasonId ? (
        <Section id="points-title" title="Points history">
          <RegistrationPointLog playerSeasonId={playerSeasonId} />
        </Section>
      ) : null}
    </section>
  );
}
