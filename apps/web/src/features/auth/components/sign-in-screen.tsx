import { type FormEvent, useState } from 'react';
import { Button } from '../../../components/ui/button';
import { ErrorMessage } from '../../../components/ui/error-message';
import { PageHeader } from '../../../components/ui/page-header';
import { TextField } from '../../../components/ui/text-field';
import { t, tCode } from '../../../i18n/translate';
import { clearSession, useSession } from '../../../lib/auth-session';
import { navigate } from '../../../lib/navigation';
import { useLogin } from '../api/login';
import { safeNext } from '../safe-next';

export function SignInScreen({ next }: { next: string | null }) {
  const session = useSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const login = useLogin({ onSuccess: () => navigate(safeNext(next), { replace: true }) });

  if (session) {
    return (
      <section className="stack">
        <PageHeader title={t('account.title')} />
        <div className="card stack">
          <p>
            {t('account.signedInAs')} <strong>{session.user.display_name ?? session.user.email}</strong>
          </p>
          <p className="muted">
            {t('account.role')} <span className="badge">{tCode('role', session.user.role)}</span>
          </p>
          <Button variant="secondary" onClick={clearSession}>
            {t('account.signOut')}
          </Button>
        </div>
      </section>
    );
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    login.mutate({ email: email.trim(), password });
  };

  return (
    <section className="stack">
      <PageHeader title={t('signIn.title')} subtitle={t('signIn.subtitle')} />
      <form className="card stack" onSubmit={submit} noValidate={false}>
        <TextField
          label={t('signIn.email')}
          type="email"
          autoComplete="username"
          inputMode="email"
          required
          value={email}
          onChange={(event) => setEmail(event.target.value)}
        />
        <TextField
          label={t('signIn.password')}
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(event) => setPassword(event.target.value)}
        />
        {login.isError ? <ErrorMessage title={t('signIn.failed')} error={login.error} /> : null}
        <Button type="submit" busy={login.isPending}>
          {t('signIn.submit')}
        </Button>
      </form>
    </section>
  );
}
