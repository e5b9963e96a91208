import { EmptyState } from '../../../components/ui/empty-state';
import { ErrorMessage } from '../../../components/ui/error-message';
import { Link } from '../../../components/ui/link';
import { Loading } from '../../../components/ui/loading';
import { PageHeader } from '../../../components/ui/page-header';
import { StatusBadge } from '../../../components/ui/status-badge';
import { t } from '../../../i18n/translate';
import { type Captaincy, useCaptaincies } from '../../../lib/captaincy';
import { formatDateTime } from '../../../lib/format';
import { type TeamFixture, useTeamFixtures } from '../../../lib/team-fixtures-query';

const UPCOMING = new Set(['SCHEDULED', 'ONGOING', 'POSTPONED']);

function FixtureLink({ fixture, label }: { fixture: TeamFixture; label: string }) {
  return (
    <Link className="card my-team__fixture" href={`/fixtures/${fixture.id}`}>
      <span className="muted small">
        {label} · {t('captain.round', { round: fixture.round })} ·{' '}
        {[formatDateTime(fixture.scheduled_at), fixture.venue].filter(Boolean).join(' · ') || t('common.tba')}
      </span>
      <strong>
        {fixture.home_team_name} {t('common.v')} {fixture.guest_team_name}
      </strong>
      <StatusBadge status={fixture.status} />
    </Link>
  );
}

function TeamCard({ captaincy }: { captaincy: Captaincy }) {
  const fixtures = useTeamFixtures(captaincy.season_id, captaincy.team_id);
  if (fixtures.isPending) return <Loading />;
  if (fixtures.isError)
    return (
      <ErrorMessage
        title={t('captain.fixturesError')}
        error={fixtures.error}
        onRetry={() => fixtures.refetch()}
      />
    );
  const next = fixtures.data.find((fixture) => UPCOMING.has(fixture.status));
  const toConfirm = fixtures.data.filter((fixture) => fixture.confirmation === 'PENDING');
  return (
    <section className="stack--tight" aria-label={captaincy.team_name}>
      <h2 className="section-title">
        {captaincy.team_name} <span className="muted small">{captaincy.season_name}</span>
      </h2>
      {next ? (
        <FixtureLink fixture={next} label={t('captain.nextFixture')} />
      ) : (
        <p className="muted">{t('captain.noNext')}</p>
      )}
      {toConfirm.map((fixture) => (
        <FixtureLink key={fixture.id} fixture={fixture} label={t('captain.awaitingConfirmation')} />
      ))}
    </section>
  );
}

/** A captain's home: each team they captain with its next fixture and results awaiting confirmation. */
export function MyTeamScreen() {
  const captaincies = useCaptaincies();
  return (
    <section className="stack">
      <PageHeader title={t('captain.myTeam')} />
      {captaincies.length === 0 ? (
        <EmptyState title={t('captain.noTeams')}>{t('captain.noTeamsBody')}</EmptyState>
      ) : (
        captaincies.map((captaincy) => (
          <TeamCard key={`${captaincy.season_id}:${captaincy.team_id}`} captaincy={captaincy} />
        ))
      )}
    </section>
  );
}
