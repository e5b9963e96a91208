import type { ReactNode } from 'react';
import { Avatar } from '../../../components/ui/avatar';
import { ErrorMessage } from '../../../components/ui/error-message';
import { Link } from '../../../components/ui/link';
import { Loading } from '../../../components/ui/loading';
import { t } from '../../../i18n/translate';
import { formatPoints } from '../../../lib/format';
import { useTeam } from '../api/get-team';
import { useTeamRoster } from '../api/get-team-roster';

/** A team's page: its roster this season, then what the page puts below it (the app adds the fixtures). */
export function TeamScreen({
  teamId,
  seasonId,
  fixtures,
}: {
  teamId: string;
  seasonId: string | undefined;
  fixtures: ReactNode;
}) {
  const team = useTeam(teamId);
  const members = useTeamRoster(teamId, seasonId);
  if (team.isPending) return <Loading />;
  if (team.isError)
    return <ErrorMessage title={t('team.loadError')} error={team.error} onRetry={() => team.refetch()} />;
  return (
    <section className="stack">
      <Link className="back-link" href="/standings">
        ‹ {t('standings.title')}
      </Link>
      <header className="player-hero card">
        <Avatar name={team.data.name} url={team.data.logo_url} size={64} />
        <h1 className="page-header__title">{team.data.name}</h1>
      </header>
      <section className="card stack" aria-labelledby="roster-title">
        <h2 id="roster-title" className="section-title">
          {t('team.roster')}
        </h2>
        {members.isError ? <ErrorMessage title={t('team.loadError')} error={members.error} /> : null}
        <ul className="link-list">
          {(members.data ?? []).map((member) => (
            <li key={member.player_season_id}>
              <Link
                className="link-list__item"
                href={`/players/${member.player_id}?entry=${member.player_season_id}`}
              >
                <span className="player-cell">
                  <Avatar name={member.full_name} url={member.avatar_url} size={32} />
                  <span>
                    <strong>{member.full_name}</strong>
                    <span className="muted small">
                      {' '}
                      · {member.rank_id} · {member.wins}-{member.losses}
                    </span>
                  </span>
                </span>
                <span className="points">{formatPoints(member.accumulated_points)}</span>
              </Link>
            </li>
          ))}
        </ul>
        {members.data?.length === 0 ? <p className="muted">{t('team.noRoster')}</p> : null}
      </section>
      {fixtures}
    </section>
  );
}
