import { lazy, Suspense } from 'react';
import { FixtureDetailScreen } from '../features/fixtures/components/fixture-detail-screen';
import { hasRole, useSession } from '../lib/auth-session';
import { navigate } from '../lib/navigation';

// Moderator and admin tools load only for those roles, keeping the first download small for everyone else.
const LineupEntry = lazy(() => import('../features/lineups/components/lineup-entry'));
const VoidResult = lazy(() => import('../features/results/components/void-result'));
const FixtureAdmin = lazy(() => import('../features/admin/components/fixture-admin'));

/** The fixture page, with the line-up form for moderators and "void result" for admins. */
export function FixtureRoute({ fixtureId, notice }: { fixtureId: string; notice: string | null }) {
  const session = useSession();
  const moderator = hasRole(session, 'MODERATOR');
  const admin = hasRole(session, 'ADMIN');
  return (
    <FixtureDetailScreen
      fixtureId={fixtureId}
      notice={notice}
      lineupEntry={
        moderator
          ? (fixture) =>
              fixture.status === 'WALKOVER' ? null : (
                <Suspense fallback={null}>
                  <LineupEntry fixture={fixture} />
                </Suspense>
              )
          : undefined
      }
      matchActions={
        admin
          ? (fixture, match) =>
              match.recorded_at === null ? null : (
                <Suspense fallback={null}>
                  <VoidResult
                    seasonId={fixture.season_id}
                    fixtureId={fixture.id}
                    match={match}
                    onVoided={(order) =>
                      navigate(`/fixtures/${fixture.id}?voided=${order}`, { replace: true })
                    }
                  />
                </Suspense>
              )
          : undefined
      }
      organiserTools={
        admin
          ? (fixture, roundOpen) => (
              <Suspense fallback={null}>
                <FixtureAdmin fixture={fixture} roundOpen={roundOpen} />
              </Suspense>
            )
          : undefined
      }
    />
  );
}
