import { lazy, Suspense } from 'react';
import { FixtureDetailScreen } from '../features/fixtures/components/fixture-detail-screen';
import { canVoid } from '../features/results/void-rights';
import { useActiveSeason } from '../features/seasons/api/get-active-season';
import { hasRole, useSession } from '../lib/auth-session';
import { captainSide, useCaptaincies } from '../lib/captaincy';
import { navigate } from '../lib/navigation';
import { loadCaptainTools, loadFixtureAdmin, loadLineupEntry, loadVoidResult } from './screen-chunks';

// Moderator and admin tools load only for those roles, keeping the first download small for everyone else.
const LineupEntry = lazy(loadLineupEntry);
const VoidResult = lazy(loadVoidResult);
const FixtureAdmin = lazy(loadFixtureAdmin);
const CaptainTools = lazy(loadCaptainTools);

/**
 * The fixture page, with the line-up form for moderators, "void result" where the server would accept it
 * (admins, and a captain for their own team's unconfirmed entries) and a captain's tools.
 */
export function FixtureRoute({ fixtureId, notice }: { fixtureId: string; notice: string | null }) {
  const session = useSession();
  const moderator = hasRole(session, 'MODERATOR');
  const admin = hasRole(session, 'ADMIN');
  const captaincies = useCaptaincies();
  const activeSeason = useActiveSeason();
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
        admin || captaincies.length > 0
          ? (fixture, match, roundStatus) => {
              const side = captainSide(captaincies, fixture);
              const offered = canVoid({
                admin,
                captainTeamId: side === 'home' ? fixture.home_team_id : side ? fixture.guest_team_id : null,
                roundStatus,
                seasonActive: activeSeason.data?.id === fixture.season_id,
                fixture,
                match,
              });
              return offered ? (
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
              ) : null;
            }
          : undefined
      }
      captainCanRecord={(fixture) =>
        captainSide(captaincies, fixture) !== null && fixture.confirmation !== 'CONFIRMED'
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
