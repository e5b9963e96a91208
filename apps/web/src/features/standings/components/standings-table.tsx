import { Spoken } from '../../../components/ui/spoken';
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
              <abbr title="Position">#</abbr>
            </th>
            <th scope="col">Team</th>
            <th scope="col" className="num">
              <abbr title="Played">P</abbr>
            </th>
            <th scope="col" className="num">
              <abbr title="Won">W</abbr>
            </th>
            <th scope="col" className="num">
              <abbr title="Drawn">D</abbr>
            </th>
            <th scope="col" className="num">
              <abbr title="Lost">L</abbr>
            </th>
            <th scope="col" className="num">
              <abbr title="Individual matches won minus lost">+/-</abbr>
            </th>
            <th scope="col" className="num">
              <abbr title="League points">Pts</abbr>
            </th>
            <th scope="col" className="num wide-only">
              Matches
            </th>
            <th scope="col" className="num wide-only">
              Games
            </th>
            <th scope="col" className="num wide-only">
              Balls
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={row.team_id}>
              <td className="num position">
                <Spoken shown={labels[index]?.text ?? ''} spoken={labels[index]?.description ?? ''} />
              </td>
              <td className="team-name">{row.team_name}</td>
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
