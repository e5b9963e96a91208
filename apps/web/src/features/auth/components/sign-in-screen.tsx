import { type FormEvent, useState } from 'react';
import { Button } from '../../../components/ui/button';
import { ErrorMessage } from '../../../components/ui/error-message';
import { PageHeader } from '../../../components/ui/page-header';
import { TextField } from '../../../components/ui/text-field';
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
        <PageHeader title="Account" />
        <div className="card stack">
          <p>
            Signed in as <strong>{session.user.display_name ?? session.user.email}</strong>
          </p>
          <p className="muted">
            Role: <span className="badge">{session.user.role}</span>
          </p>
          <Button variant="secondary" onClick={clearSession}>
            Sign out
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
      <PageHeader title="Sign in" subtitle="Moderators and admins sign in to enter results." />
      <form className="card stack" onSubmit={submit} noValidate={false}>
        <TextField
          label="Email"
          type="email"
          autoComplete="username"
          inputMode="email"
          required
          value={email}
          onChange={(event) => setEmail(event.target.value)}
        />
        <TextField
          label="Password"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(event) => setPassword(event.target.value)}
        />
        {login.isError ? <ErrorMessage title="Could not sign in" error={login.error} /> : null}
        <Button type="submit" busy={login.isPending}>
          Sign in
        </Button>
      </form>
    </section>
  );
}
