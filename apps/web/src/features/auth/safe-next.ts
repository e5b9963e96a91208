/** Only same-site paths are followed after signing in, never an absolute URL from the query string. */
export function safeNext(next: string | null): string {
  return next?.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\') ? next : '/';
}
