import type { ReactNode } from 'react';
import { Avatar } from '../../../components/ui/avatar';
import { ErrorMessage } from '../../../components/ui/error-message';
import { Loading } from '../../../components/ui/loading';
import { Notice } from '../../../components/ui/notice';
import { ShareButton } from '../../../components/ui/share-button';
import { t } from '../../../i18n/translate';
import { isMissingEndpoint } from '../../../lib/api-error';
import { formatPoints } from '../../../lib/format';
import { placeLabel } from '../../../lib/position-labels';
import { usePlayer } from '../api/get-player';
import { usePlayerHistory } from '../api/get-player-history';
import { HeadToHead } from './head-to-head';
import { MatchHistory } from './match-history';
import { PlayerStats } from './player-stats';
import { PointLogList, RegistrationPointLog } from './point-log-list';
import { RatingChart } from './rating-chart';
import { SeasonHistory } from './season-history';
import '../players.css';

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
  if (player.isPending) return <Loading label={t('player.loading')} />;
  if (player.isError) {
    return (
      <ErrorMessage title={t('player.loadError')} error={player.error} onRetry={() => player.refetch()} />
    );
  }

  const data = player.data;
  const missingHistory = isMissingEndpoint(history.error);
  const current = history.data?.seasons.find((season) => season.season_id === seasonId);
  const subtitle = current
    ? [
        current.team_name,
        current.rank_id,
        `${formatPoints(current.accumulated_points)} ${t('common.pts')}`,
        current.position ? placeLabel(current.position) : null,
      ]
        .filter(Boolean)
        .join(' · ')
    : data.birth_year
      ? t('player.born', { year: data.birth_year })
      : t('player.player');
  const matchesById = new Map((history.data?.matches.data ?? []).map((match) => [match.match_id, match]));

  return (
    <section className="stack">
      <header className="player-hero card">
        <Avatar name={data.full_name} url={data.avatar_url} size={64} />
        <div>
          <h1 className="page-header__title">{data.full_name}</h1>
          <p className="muted">{subtitle}</p>
          <ShareButton title={data.full_name} text={subtitle} path={`/players/${playerId}`} />
        </div>
      </header>
      <Section id="stats-title" title={t('player.thisSeason')}>
        <PlayerStats playerId={playerId} seasonId={seasonId} />
      </Section>
      {history.isPending ? <Loading label={t('player.historyLoading')} /> : null}
      {history.isError && !missingHistory ? (
        <ErrorMessage title={t('player.historyError')} error={history.error} />
      ) : null}
      {missingHistory ? <Notice>{t('player.historyMissing')}</Notice> : null}
      {history.data ? (
        <>
          <Section id="matches-title" title={t('player.recentMatches')}>
            <MatchHistory matches={history.data.matches.data} total={history.data.matches.meta.total} />
          </Section>
          <Section id="rating-title" title={t('player.rating')}>
            <RatingChart
              points={(history.data.progression ?? []).filter(
                (point) => !seasonId || point.season_id === seasonId,
              )}
            />
          </Section>
          <Section id="h2h-title" title={t('player.headToHead')}>
            <HeadToHead playerId={playerId} matches={history.data.matches.data} />
          </Section>
          <Section id="points-title" title={t('player.pointsHistory')}>
            <PointLogList logs={history.data.point_logs.data} matches={matchesById} />
          </Section>
          {history.data.seasons.length > 0 ? (
            <Section id="seasons-title" title={t('player.seasons')}>
              <SeasonHistory seasons={history.data.seasons} rankHistory={history.data.rank_history} />
            </Section>
          ) : null}
        </>
      ) : null}
      {missingHistory && playerSeasonId ? (
        <Section id="points-title" title={t('player.pointsHistory')}>
          <RegistrationPointLog playerSeasonId={playerSeasonId} />
        </Section>
      ) : null}
    </section>
  );
}
