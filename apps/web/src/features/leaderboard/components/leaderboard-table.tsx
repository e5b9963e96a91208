import { Avatar } from '../../../components/ui/avatar';
import { Link } from '../../../components/ui/link';
import { Spoken } from '../../../components/ui/spoken';
import { t } from '../../../i18n/translate';
import { formatPoints } from '../../../lib/format';
import { positionLabels } from '../../../lib/position-labels';
import type { LeaderboardRow } from '../api/get-leaderboard';

export function LeaderboardTable({ rows, caption }: { rows: LeaderboardRow[]; caption: string }) {
  const labels = positionLabels(rows.map((row) => row.position));
  return (
    <div className="table-wrap">
      <table className="table leaderboard">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="num">
              <abbr title={t('col.position')}>#</abbr>
            </th>
            <th scope="col">{t('col.player')}</th>
            <th scope="col">{t('col.rank')}</th>
            <th scope="col" className="num">
              <abbr title={t('col.points')}>{t('col.pts')}</abbr>
            </th>
            <th scope="col" className="num">
              <abbr title={t('col.wlTitle')}>{t('col.wl')}</abbr>
            </th>
            <th scope="col" className="num wide-only">
              {t('col.rating')}
            </th>
            <th scope="col" className="num wide-only">
              {t('col.played')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => {
            const label = labels[index];
            return (
              <tr key={row.player_season_id} className="row-link">
                <td className="num position">
                  <Spoken shown={label?.text ?? ''} spoken={label?.description ?? ''} />
                </td>
                <td>
                  <div className="player-cell">
                    <Avatar name={row.player_name} url={row.avatar_url} size={32} />
                    <div className="player-cell__text">
                      <Link
                        className="player-cell__name row-link__main"
                        href={`/players/${row.player_id}?entry=${row.player_season_id}`}
                      >
                        {row.player_name}
                      </Link>
                      <span className="player-cell__team">{row.team_name}</span>
                    </div>
                  </div>
                </td>
                <td>
                  <span className="rank-chip" title={row.rank_name ?? row.rank_id}>
                    {row.rank_id}
                  </span>
                </td>
                <td className="num points">{formatPoints(row.accumulated_points)}</td>
                <td className="num">
                  {row.wins}-{row.losses}
                </td>
                <td className="num wide-only">{Math.round(row.rating)}</td>
                <td className="num wide-only">{row.matches_played}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
