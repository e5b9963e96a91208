import { TeamFixtures } from '../features/fixtures/components/team-fixtures';
import { TeamScreen } from '../features/teams/components/team-screen';

/** The team page: the team's roster, then its fixtures of the season being played. */
export function TeamRoute({ teamId, seasonId }: { teamId: string; seasonId: string | undefined }) {
  return (
    <TeamScreen
      teamId={teamId}
      seasonId={seasonId}
      fixtures={seasonId ? <TeamFixtures teamId={teamId} seasonId={seasonId} /> : null}
    />
  );
}
