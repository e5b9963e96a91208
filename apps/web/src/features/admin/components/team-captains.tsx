import { useState } from 'react';
import { Button } from '../../../components/ui/button';
import { ErrorMessage } from '../../../components/ui/error-message';
import { SelectField } from '../../../components/ui/select-field';
import { t } from '../../../i18n/translate';
import { type ApiData, api } from '../../../lib/api/client';
import { useAdminAction, useAdminQuery } from '../api/admin-api';

type Captain = ApiData<'/api/v1/seasons/{id}/teams/{teamId}/captains', 'post'>[number];

/**
 * Appointing and removing a team's captains. The API answers each change with the team's captains,
 * so the list shown is the one the server holds after the last change made here.
 */
export function TeamCaptains({
  seasonId,
  teamId,
  teamName,
}: {
  seasonId: string;
  teamId: string;
  teamName: string;
}) {
  const accounts = useAdminQuery(['users'], (signal) =>
    api.GET('/api/v1/users', { params: { query: { limit: 200 } }, signal }),
  );
  const [userId, setUserId] = useState('');
  const [captains, setCaptains] = useState<Captain[] | null>(null);
  const appoint = useAdminAction(
    (user_id: string) =>
      api.POST('/api/v1/seasons/{id}/teams/{teamId}/captains', {
        params: { path: { id: seasonId, teamId } },
        body: { user_id },
      }),
    {
      onSuccess: (body) => {
        setCaptains(body.data);
        setUserId('');
      },
    },
  );
  const remove = useAdminAction(
    (userId: string) =>
      api.DELETE('/api/v1/seasons/{id}/teams/{teamId}/captains/{userId}', {
        params: { path: { id: seasonId, teamId, userId } },
      }),
    { onSuccess: (body) => setCaptains(body.data) },
  );
  const options = (accounts.data?.data ?? [])
    .filter((account) => account.is_active)
    .map((account) => ({ value: account.id, label: account.display_name ?? account.email }));
  return (
    <div className="stack--tight">
      {captains && captains.length > 0 ? (
        <ul className="plain-list">
          {captains.map((captain) => (
            <li key={captain.user_id} className="plain-list__item">
              {t('captains.captain', { email: captain.email })}{' '}
              <Button variant="ghost" busy={remove.isPending} onClick={() => remove.mutate(captain.user_id)}>
                {t('captains.remove')}
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
      <div className="inline-form">
        <SelectField
          label={t('captains.appointFor', { team: teamName })}
          value={userId}
          options={options}
          emptyLabel={t('captains.chooseAccount')}
          onChange={setUserId}
        />
        <Button
          variant="secondary"
          disabled={!userId}
          busy={appoint.isPending}
          onClick={() => appoint.mutate(userId)}
        >
          {t('captains.appoint')}
        </Button>
      </div>
      {appoint.isError ? <ErrorMessage title={t('admin.notSaved')} error={appoint.error} /> : null}
      {remove.isError ? <ErrorMessage title={t('admin.notSaved')} error={remove.error} /> : null}
    </div>
  );
}
