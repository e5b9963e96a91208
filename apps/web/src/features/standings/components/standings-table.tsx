import { Link } from '../../../components/ui/link';
import { Spoken } from '../../../components/ui/spoken';
import { t } from '../../../i18n/translate';
import { positionLabels } from '../../../lib/position-labels';
import type { StandingsRow } from '../api/get-standings';

const difference = (won: number, lost: number) => {
  const value = won - lost;
  return value > 0 ? `+${value}` : String(value);
};

export function StandingsTable({ rows, caption }: { rows: StandingsRow[]; caption: string }) {
  const labels = positionLabels(rows.map((row) => row.position));
  return (
    <div className="table-wrap">
      <table className="table standings">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="num">
              <abbr title={t('col.position')}>#</abbr>
            </th>
            <th scope="col">{t('col.team')}</th>
            <th scope="col" className="num">
              <abbr title={t('col.played')}>{t('col.p')}</abbr>
            </th>
            <th scope="col" className="num">
              <abbr title={t('col.won')}>{t('col.w')}</abbr>
            </th>
            <th scope="col" className="num">
              <abbr title={t('col.drawn')}>{t('col.d')}</abbr>
            </th>
            <th scope="col" className="num">
              <abbr title={t('col.lost')}>{t('col.l')}</abbr>
            </th>
            <th scope="col" className="num">
              <abbr title={t('col.diffTitle')}>{t('col.diff')}</abbr>
            </th>
            <th scope="col" className="num">
              <abbr title={t('col.leaguePoints')}>{t('col.pts')}</abbr>
            </th>
            <th scope="col" className="num wide-only">
              {t('col.matches')}
            </th>
            <th scope="col" className="num wide-only">
              {t('col.games')}
            </th>
            <th scope="col" className="num wide-only">
              {t('col.balls')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={row.team_id} className="row-link">
              <td className="num position">
                <Spoken shown={labels[index]?.text ?? ''} spoken={labels[index]?.description ?? ''} />
              </td>
              <td className="team-name">
                <Link className="row-link__main" href={`/teams/${row.team_id}`}>
                  {row.team_name}
                </Link>
              </td>
              <td className="num">{row.played}</td>
              <td className="num">{row.won}</td>
              <td className="num">{row.drawn}</td>
              <td className="num">{row.lost}</td>
              <td className="num">{difference(row.matches_won, row.matches_lost)}</td>
              <td className="num points">{row.points}</td>
              <td className="num wide-only">
                {row.matches_won}:{row.matches_lost}
              </td>
              <td className="num wide-only">
                {row.sets_won}:{row.sets_lost}
              </td>
              <td className="num wide-only">
                {row.balls_won}:{row.balls_lost}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
