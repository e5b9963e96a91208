import { isApiError } from '../../lib/api-error';
import { Button } from './button';

interface ErrorMessageProps {
  error: unknown;
  title?: string;
  /** Replaces the server's message when the screen can say it better (names instead of ids, a next step). */
  message?: string;
  problems?: string[];
  onRetry?: () => void;
}

/** Shows the server's own message and error code, so a user can report exactly what went wrong. */
export function ErrorMessage({
  error,
  title = 'Something went wrong',
  message,
  problems = [],
  onRetry,
}: ErrorMessageProps) {
  const apiError = isApiError(error) ? error : null;
  const text = message ?? apiError?.message ?? (error instanceof Error ? error.message : String(error));
  return (
    <div className="notice notice--error" role="alert">
      <p className="notice__title">{title}</p>
      <p>{text}</p>
      {problems.length > 0 ? (
        <ul className="problems">
          {problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      ) : null}
      {apiError ? (
        <p className="notice__meta">
          <code>{apiError.code}</code>
          {apiError.requestId ? <span> · request {apiError.requestId}</span> : null}
        </p>
      ) : null}
      {onRetry ? (
        <Button variant="secondary" onClick={onRetry}>
          Try again
        </Button>
      ) : null}
    </div>
  );
}
