export interface PostgresErrorLike {
  code: string;
  constraint_name?: string;
  message: string;
}

/** Drizzle wraps driver errors ("Failed query: …"); the PostgreSQL error with its SQLSTATE is the cause. */
export function postgresError(error: unknown): PostgresErrorLike | null {
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth++) {
    const candidate = current as { code?: unknown; cause?: unknown };
    if (typeof candidate.code === 'string') return candidate as PostgresErrorLike;
    current = candidate.cause;
  }
  return null;
}

export function violatedConstraint(error: unknown): string | undefined {
  return postgresError(error)?.constraint_name;
}
