import { errorSentence, isRetryable } from '../../i18n/error-text';
import { t } from '../../i18n/translate';
import { isApiError } from '../../lib/api-error';
import { Button } from './button';
import { Link } from './link';

interface ErrorMessageProps {
  error: unknown;
  title?: string;
  /** Replaces the sentence for the code when the screen can say it better (names instead of ids, a next step). */
  message?: string;
  problems?: string[];
  onRetry?: () => void;
  /** Where to go instead when retrying cannot help (a 404): defaults to the leaderboard. */
  backHref?: string;
  backLabel?: string;
}

/** A sentence a player understands; the code and request id wait in a disclosure for whoever reports it. */
export function ErrorMessage({
  error,
  title = t('common.somethingWrong'),
  message,
  problems = [],
  onRetry,
  backHref = '/',
  backLabel = t('common.back'),
}: ErrorMessageProps) {
  const apiError = isApiError(error) ? error : null;
  const retry = onRetry && isRetryable(error);
  return (
    <div className="notice notice--error" role="alert">
      <p className="notice__title">{title}</p>
      <p>{message ?? errorSentence(error)}</p>
      {problems.length > 0 ? (
        <ul className="problems">
          {problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      ) : null}
      {retry ? (
        <Button variant="secondary" onClick={onRetry}>
          {t('common.tryAgain')}
        </Button>
      ) : null}
      {onRetry && !retry ? (
        <Link className="back-link" href={backHref}>
          {backLabel}
        </Link>
      ) : null}
      {apiError ? (
        <details className="notice__meta">
          <summary>{t('common.details')}</summary>
          <p>
            {t('common.errorCode')}: <code>{apiError.code}</code>
            {apiError.requestId ? (
              <>
                {' '}
                · {t('common.requestId')} <code>{apiError.requestId}</code>
              </>
            ) : null}
          </p>
        </details>
      ) : null}
    </div>
  );
}
