import { lazy, Suspense } from 'react';
import { FixtureDetailScreen } from '../features/fixtures/components/fixture-detail-screen';
import { hasRole, useSession } from '../lib/auth-session';
import { captainSide, useCaptaincies } from '../lib/captaincy';
import { navigate } from '../lib/navigation';

// Moderator and admin tools load only for those roles, keeping the first download small for everyone else.
const LineupEntry = lazy(() => import('../features/lineups/components/lineup-entry'));
const VoidResult = lazy(() => import('../features/results/components/void-result'));
const FixtureAdmin = lazy(() => import('../features/admin/components/fixture-admin'));
const CaptainTools = lazy(() => import('../features/captain/components/captain-tools'));

/** The fixture page, with the line-up form for moderators, "void result" for admins and a captain's tools. */
export function FixtureRoute({ fixtureId, notice }: { fixtureId: string; notice: string | null }) {
  const session = useSession();
  const moderator = hasRole(session, 'MODERATOR');
  const admin = hasRole(session, 'ADMIN');
  const captaincies = useCaptaincies();
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
      captainCanRecord={(fixture) =>
        captainSide(captaincies, fixture) !== null &&
        (fixture as { confirmation?: string | null }).confirmation !== 'CONFIRMED'
      }
      organiserTools={(fixture, roundOpen) => {
        const side = captainSide(captaincies, fixture);
        if (!admin && !side) return null;
        return (
          <Suspense fallback={null}>
            {side ? <CaptainTools fixture={fixture} side={side} roundOpen={roundOpen} /> : null}
            {admin ? <FixtureAdmin fixture={fixture} /> : null}
          </Suspense>
        );
      }}
    />
  );
}
