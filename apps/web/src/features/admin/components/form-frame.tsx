import type { FormEvent, FormHTMLAttributes, ReactNode } from 'react';
import { Button } from '../../../components/ui/button';
import { ErrorMessage } from '../../../components/ui/error-message';
import { t } from '../../../i18n/translate';

interface FormFrameProps extends Omit<FormHTMLAttributes<HTMLFormElement>, 'onSubmit'> {
  /** Called on submit (the button or Enter in a field) unless `submitDisabled`; the page does not reload. */
  onSubmit: () => void;
  submitLabel: string;
  submitDisabled?: boolean;
  busy: boolean;
  /** The server's refusal of the last attempt, shown above the button. */
  error: unknown;
  errorTitle?: string;
  children: ReactNode;
}

/** An organiser form: its fields, then the last refusal if any, then one submit button. */
export function FormFrame({
  onSubmit,
  submitLabel,
  submitDisabled,
  busy,
  error,
  errorTitle = t('admin.notSaved'),
  children,
  ...form
}: FormFrameProps) {
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!submitDisabled) onSubmit();
  };
  return (
    <form {...form} onSubmit={submit}>
      {children}
      {error ? <ErrorMessage title={errorTitle} error={error} /> : null}
      <Button type="submit" disabled={submitDisabled} busy={busy}>
        {submitLabel}
      </Button>
    </form>
  );
}
