import { useState } from 'react';
import { Button } from '../../../components/ui/button';
import { EmptyState } from '../../../components/ui/empty-state';
import { ErrorMessage } from '../../../components/ui/error-message';
import { Link } from '../../../components/ui/link';
import { Loading } from '../../../components/ui/loading';
import { TextField } from '../../../components/ui/text-field';
import { t } from '../../../i18n/translate';
import { api } from '../../../lib/api/client';
import { type DisputedFixture, useAdminAction, useAdminQuery } from '../api/admin-api';
import { AdminScreen } from './admin-screen';

function Dispute({ fixture }: { fixture: DisputedFixture }) {
  const [note, setNote] = useState('');
  const resolve = useAdminAction(() =>
    api.POST('/api/v1/fixtures/{id}/resolve', {
      params: { path: { id: fixture.id } },
      body: { note: note.trim() },
    }),
  );
  return (
    <li className="card stack--tight">
      <Link href={`/fixtures/${fixture.id}`}>
        {t('captain.round', { round: fixture.round })} · {fixture.home_team_name} {fixture.home_score} –{' '}
        {fixture.guest_score} {fixture.guest_team_name}
      </Link>
      <p>{t('disputes.reason', { reason: fixture.dispute_reason ?? '' })}</p>
      <p className="muted small">{t('disputes.howTo')}</p>
      <TextField
        label={t('disputes.note')}
        value={note}
        maxLength={500}
        onChange={(e) => setNote(e.target.value)}
      />
      {resolve.isError ? <ErrorMessage title={t('disputes.notResolved')} error={resolve.error} /> : null}
      <Button
        disabled={!note.trim() || fixture.status !== 'COMPLETED'}
        busy={resolve.isPending}
        onClick={() => resolve.mutate(undefined)}
      >
        {t('disputes.resolve')}
      </Button>
    </li>
  );
}

/** Disputed results, oldest first: correct the result on the fixture page, then resolve with a note. */
export function DisputesAdmin() {
  const disputes = useAdminQuery(['disputes'], (signal) =>
    api.GET('/api/v1/admin/disputes', { params: { query: { limit: 50 } }, signal }),
  );
  if (disputes.isPending) return <Loading />;
  if (disputes.isError)
    return (
      <ErrorMessage
        title={t('disputes.loadError')}
        error={disputes.error}
        onRetry={() => disputes.refetch()}
      />
    );
  return (
    <AdminScreen title={t('disputes.title')}>
      {disputes.data.data.length === 0 ? (
        <EmptyState title={t('disputes.none')} />
      ) : (
        <ul className="plain-list stack">
          {disputes.data.data.map((fixture) => (
            <Dispute key={fixture.id} fixture={fixture} />
          ))}
        </ul>
      )}
    </AdminScreen>
  );
}
