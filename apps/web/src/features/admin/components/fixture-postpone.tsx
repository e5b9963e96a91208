import { useState } from 'react';
import { TextField } from '../../../components/ui/text-field';
import { t } from '../../../i18n/translate';
import { api } from '../../../lib/api/client';
import { useAdminAction } from '../api/admin-api';
import { ConfirmAction } from './confirm-action';
import type { AdminFixture } from './fixture-admin';

/** Postponing needs a reason (kept in the audit log, SPEC §6); the fixture waits for a new date. */
export function FixturePostpone({ fixture }: { fixture: AdminFixture }) {
  const [reason, setReason] = useState('');
  const postpone = useAdminAction(() =>
    api.POST('/api/v1/fixtures/{id}/postpone', {
      params: { path: { id: fixture.id } },
      body: { reason: reason.trim() },
    }),
  );
  return (
    <ConfirmAction
      label={t('admin.postpone')}
      confirmLabel={t('admin.postponeConfirm')}
      consequences={
        <>
          <p>
            {t('admin.postponeExplain', { home: fixture.home_team_name, guest: fixture.guest_team_name })}
          </p>
          <TextField
            label={t('admin.postponeReason')}
            value={reason}
            maxLength={500}
            onChange={(e) => setReason(e.target.value)}
          />
        </>
      }
      busy={postpone.isPending}
      error={postpone.error}
      errorTitle={t('admin.notSaved')}
      confirmDisabled={!reason.trim()}
      onConfirm={() => postpone.mutate(undefined)}
      onCancel={() => postpone.reset()}
    />
  );
}
