import { Avatar } from '../../../components/ui/avatar';
import { CardSection } from '../../../components/ui/card-section';
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
      <CardSection id="stats-title" title={t('player.thisSeason')}>
        <PlayerStats playerId={playerId} seasonId={seasonId} />
      </CardSection>
      {history.isPending ? <Loading label={t('player.historyLoading')} /> : null}
      {history.isError && !missingHistory ? (
        <ErrorMessage title={t('player.historyError')} error={history.error} />
      ) : null}
      {missingHistory ? <Notice>{t('player.historyMissing')}</Notice> : null}
      {history.data ? (
        <>
          <CardSection id="matches-title" title={t('player.recentMatches')}>
            <MatchHistory matches={history.data.matches.data} total={history.data.matches.meta.total} />
          </CardSection>
          <CardSection id="rating-title" title={t('player.rating')}>
            <RatingChart
              points={(history.data.progression ?? []).filter(
                (point) => !seasonId || point.season_id === seasonId,
              )}
            />
          </CardSection>
          <CardSection id="h2h-title" title={t('player.headToHead')}>
            <HeadToHead playerId={playerId} matches={history.data.matches.data} />
          </CardSection>
          <CardSection id="points-title" title={t('player.pointsHistory')}>
            <PointLogList logs={history.data.point_logs.data} matches={matchesById} />
          </CardSection>
          {history.data.seasons.length > 0 ? (
            <CardSection id="seasons-title" title={t('player.seasons')}>
              <SeasonHistory seasons={history.data.seasons} rankHistory={history.data.rank_history} />
            </CardSection>
          ) : null}
        </>
      ) : null}
      {missingHistory && playerSeasonId ? (
        <CardSection id="points-title" title={t('player.pointsHistory')}>
          <RegistrationPointLog playerSeasonId={playerSeasonId} />
        </CardSection>
      ) : null}
    </section>
  );
}
