import { useState } from 'react';
import { Button } from '../../../components/ui/button';
import { ErrorMessage } from '../../../components/ui/error-message';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import { t } from '../../../i18n/translate';
import { api } from '../../../lib/api/client';
import { type Account, useAdminAction, useAdminQuery } from '../api/admin-api';
import { AdminScreen } from './admin-screen';
import { FormFrame } from './form-frame';

const ROLES = ['ADMIN', 'MODERATOR', 'VIEWER'] as const;
const roleOptions = () => ROLES.map((role) => ({ value: role, label: t(`role.${role}`) }));

function AccountRow({ account }: { account: Account }) {
  const save = useAdminAction((body: { role?: Account['role']; is_active?: boolean }) =>
    api.PATCH('/api/v1/users/{id}', { params: { path: { id: account.id } }, body }),
  );
  return (
    <li className="admin-row">
      <div className="admin-row__head">
        <span className="stack--tight">
          <strong>{account.display_name ?? account.email}</strong>
          <span className="muted small">{account.email}</span>
        </span>
        {account.is_active ? null : <span className="badge">{t('admin.inactive')}</span>}
      </div>
      <SelectField
        label={t('account.role')}
        value={account.role}
        options={roleOptions()}
        emptyLabel={t(`role.${account.role}`)}
        onChange={(role) => role && role !== account.role && save.mutate({ role: role as Account['role'] })}
      />
      <Button
        variant="secondary"
        busy={save.isPending}
        onClick={() => save.mutate({ is_active: !account.is_active })}
      >
        {account.is_active ? t('admin.deactivate') : t('admin.reactivate')}
      </Button>
      {save.isError ? <ErrorMessage title={t('admin.notSaved')} error={save.error} /> : null}
    </li>
  );
}

/** Who may do what: organisers (ADMIN), moderators who enter results, viewers. */
export function AccountsAdmin() {
  const accounts = useAdminQuery(['users'], (signal) =>
    api.GET('/api/v1/users', { params: { query: { limit: 200 } }, signal }),
  );
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [role, setRole] = useState<Account['role']>('MODERATOR');
  const create = useAdminAction(
    () =>
      api.POST('/api/v1/users', {
        body: {
          email: email.trim(),
          password,
          role,
          ...(displayName.trim() ? { display_name: displayName.trim() } : {}),
        },
      }),
    {
      onSuccess: () => {
        setEmail('');
        setPassword('');
        setDisplayName('');
      },
    },
  );
  return (
    <AdminScreen title={t('admin.accounts')}>
      <FormFrame
        className="card stack--tight"
        aria-label={t('admin.newAccount')}
        onSubmit={() => create.mutate(undefined)}
        submitLabel={t('admin.createAccount')}
        submitDisabled={!email.trim() || password.length < 8}
        busy={create.isPending}
        error={create.error}
      >
        <h2 className="section-title">{t('admin.newAccount')}</h2>
        <TextField
          label={t('signIn.email')}
          type="email"
          value={email}
          required
          onChange={(event) => setEmail(event.target.value)}
        />
        <TextField
          label={t('admin.displayName')}
          value={displayName}
          onChange={(event) => setDisplayName(event.target.value)}
        />
        <TextField
          label={t('signIn.password')}
          type="password"
          autoComplete="new-password"
          value={password}
          minLength={8}
          required
          onChange={(event) => setPassword(event.target.value)}
        />
        <p className="muted small">{t('admin.passwordHint')}</p>
        <SelectField
          label={t('account.role')}
          value={role}
          options={roleOptions()}
          emptyLabel={t('role.VIEWER')}
          onChange={(value) => setRole((value || 'VIEWER') as Account['role'])}
        />
      </FormFrame>
      {accounts.isError ? <ErrorMessage title={t('admin.loadError')} error={accounts.error} /> : null}
      <ul className="plain-list card">
        {(accounts.data?.data ?? []).map((account) => (
          <AccountRow key={account.id} account={account} />
        ))}
      </ul>
    </AdminScreen>
  );
}
