import { type FormEvent, useId, useState } from 'react';
import { Button } from '../../../components/ui/button';
import { ErrorMessage } from '../../../components/ui/error-message';
import { t } from '../../../i18n/translate';
import { useIdempotencyKey } from '../../../lib/use-idempotency-key';
import { useVoidResult } from '../api/void-result';
import { explainVoidError } from '../void-errors';
import { VoidPreview } from './void-preview';
import '../results.css';

export interface VoidResultProps {
  seasonId: string;
  fixtureId: string;
  match: { id: string; match_order: number };
  onVoided?: (matchOrder: number) => void;
}

/**
 * The organiser, or the captain whose team entered it: takes a recorded result back (points, Elo and logs
 * are reversed), showing first what each player gets back, with the reason kept in the logs.
 */
export function VoidResult({ seasonId, fixtureId, match, onVoided }: VoidResultProps) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [attempted, setAttempted] = useState(false);
  const keyFor = useIdempotencyKey();
  const voiding = useVoidResult({ onSuccess: () => onVoided?.(match.match_order) });

  if (!open) {
    return (
      <Button variant="ghost" className="void-open" onClick={() => setOpen(true)}>
        {t('void.open')}
        <span className="visually-hidden">{t('void.openOf', { order: match.match_order })}</span>
      </Button>
    );
  }

  const missingReason = reason.trim() === '';
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setAttempted(true);
    if (missingReason || voiding.isPending) return;
    const body = { reason: reason.trim() };
    voiding.mutate({
      seasonId,
      fixtureId,
      matchId: match.id,
      reason: body.reason,
      idempotencyKey: keyFor({ matchId: match.id, ...body }, voiding.error),
    });
  };

  return (
    <form className="void-form stack--tight" onSubmit={submit} noValidate>
      <VoidPreview matchId={match.id} order={match.match_order} />
      <label className="field__label" htmlFor={id}>
        {t('void.why', { order: match.match_order })}
      </label>
      <textarea
        id={id}
        className="field__control"
        rows={2}
        maxLength={500}
        required
        aria-invalid={(attempted && missingReason) || undefined}
        aria-describedby={`${id}-hint`}
        value={reason}
        onChange={(event) => setReason(event.target.value)}
      />
      <p id={`${id}-hint`} className={attempted && missingReason ? 'field__error' : 'muted small'}>
        {attempted && missingReason ? t('void.needReason') : t('void.hint')}
      </p>
      {voiding.isError ? (
        <ErrorMessage
          title={t('void.notVoided')}
          error={voiding.error}
          message={explainVoidError(voiding.error)}
        />
      ) : null}
      <div className="button-row">
        <Button type="submit" variant="danger" busy={voiding.isPending}>
          {t('void.confirm')}
        </Button>
        <Button
          variant="secondary"
          onClick={() => {
            setOpen(false);
            setAttempted(false);
            voiding.reset();
          }}
        >
          {t('void.keep')}
        </Button>
      </div>
    </form>
  );
}

export default VoidResult;
