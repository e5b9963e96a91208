import { type ReactNode, useState } from 'react';
import { Button } from '../../../components/ui/button';
import { ErrorMessage } from '../../../components/ui/error-message';
import { t } from '../../../i18n/translate';

interface ConfirmActionProps {
  label: string;
  /** What will change, said before anything is sent. */
  consequences: ReactNode;
  confirmLabel: string;
  danger?: boolean;
  busy: boolean;
  error: unknown;
  errorTitle: string;
  onConfirm: () => void;
  onCancel?: () => void;
  /** The confirmation still needs input (a reason). */
  confirmDisabled?: boolean;
}

/** A destructive or irreversible step: one tap opens the explanation, a second one does it. */
export function ConfirmAction({
  label,
  consequences,
  confirmLabel,
  danger = false,
  busy,
  error,
  errorTitle,
  onConfirm,
  onCancel,
  confirmDisabled = false,
}: ConfirmActionProps) {
  const [open, setOpen] = useState(false);
  if (!open) {
    return (
      <Button variant={danger ? 'danger' : 'primary'} onClick={() => setOpen(true)}>
        {label}
      </Button>
    );
  }
  return (
    <section className="confirm card stack--tight" aria-label={label}>
      <div className="confirm__body">{consequences}</div>
      {error ? <ErrorMessage title={errorTitle} error={error} /> : null}
      <div className="button-row">
        <Button
          variant={danger ? 'danger' : 'primary'}
          busy={busy}
          disabled={confirmDisabled}
          onClick={onConfirm}
        >
          {confirmLabel}
        </Button>
        <Button
          variant="secondary"
          onClick={() => {
            setOpen(false);
            onCancel?.();
          }}
        >
          {t('common.cancel')}
        </Button>
      </div>
    </section>
  );
}
