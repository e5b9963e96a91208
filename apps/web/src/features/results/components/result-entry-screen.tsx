import type { SeasonRules } from '@pingpong/domain';
import { Link } from '../../../components/ui/link';
import { Notice } from '../../../components/ui/notice';
import { PageHeader } from '../../../components/ui/page-header';
import { t } from '../../../i18n/translate';
import { hasRole, useSession } from '../../../lib/auth-session';
import { formatSets } from '../../../lib/format';
import { navigate } from '../../../lib/navigation';
import { type EntryFixture, type EntryMatch, ResultEntryForm } from './result-entry-form';
import { VoidResult } from './void-result';
import '../results.css';

interface ResultEntryScreenProps {
  fixture: EntryFixture & { status: string };
  match: EntryMatch & { recorded_at: string | null; home_sets: number[] | null; guest_sets: number[] | null };
  rules: Partial<SeasonRules>;
  seasonActive: boolean;
  /** Captains of either side enter their fixture's results too (SPEC §6). */
  captain?: boolean;
}

export function ResultEntryScreen({
  fixture,
  match,
  rules,
  seasonActive,
  captain = false,
}: ResultEntryScreenProps) {
  const session = useSession();
  const back = `/fixtures/${fixture.id}`;
  const here = `${back}/matches/${match.id}/result`;

  const body = (() => {
    if (!hasRole(session, 'MODERATOR') && !captain) {
      return (
        <Notice tone="warning">
          {t('result.needsRole')}{' '}
          {session ? null : (
            <Link href={`/sign-in?next=${encodeURIComponent(here)}`}>{t('signIn.submit')}</Link>
          )}
        </Notice>
      );
    }
    if (match.recorded_at !== null) {
      const admin = hasRole(session, 'ADMIN');
      return (
        <>
          <Notice tone="info">
            {t('result.already', { sets: formatSets(match.home_sets, match.guest_sets) })}{' '}
            {admin ? t('result.voidToCorrect') : t('result.adminCanVoid')}
          </Notice>
          {admin ? <VoidResult seasonId={fixture.season_id} fixtureId={fixture.id} match={match} /> : null}
        </>
      );
    }
    if (!seasonActive) return <Notice tone="warning">{t('result.onlyActive')}</Notice>;
    return (
      <ResultEntryForm
        fixture={fixture}
        match={match}
        rules={rules}
        onRecorded={() => navigate(`${back}?recorded=${match.match_order}`, { replace: true })}
        onQueued={() => navigate(`${back}?queued=${match.match_order}`, { replace: true })}
      />
    );
  })();

  return (
    <section className="stack">
      <Link className="back-link" href={back}>
        ‹ {fixture.home_team_name} {t('common.v')} {fixture.guest_team_name}
      </Link>
      <PageHeader title={t('result.title')} />
      {body}
    </section>
  );
}
