import { useState } from 'react';
import { Button } from '../../../components/ui/button';
import { ErrorMessage } from '../../../components/ui/error-message';
import { SelectField } from '../../../components/ui/select-field';
import { t } from '../../../i18n/translate';
import { type Account, useApiAction, useApiQuery } from '../api/admin-api';

interface Captain {
  user_id: string;
  email: string;
}

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
  const accounts = useApiQuery<Account[]>('/users', { limit: 200 });
  const [userId, setUserId] = useState('');
  const [captains, setCaptains] = useState<Captain[] | null>(null);
  const base = `/seasons/${seasonId}/teams/${teamId}/captains`;
  const appoint = useApiAction<string, Captain[]>(
    (user_id) => ({ path: base, method: 'POST', body: { user_id } }),
    {
      onSuccess: (list) => {
        setCaptains(list);
        setUserId('');
      },
    },
  );
  const remove = useApiAction<string, Captain[]>((id) => ({ path: `${base}/${id}`, method: 'DELETE' }), {
    onSuccess: (list) => setCaptains(list),
  });
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
