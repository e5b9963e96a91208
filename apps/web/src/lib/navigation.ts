import { useMemo, useSyncExternalStore } from 'react';

const NAVIGATE_EVENT = 'pingpong:navigate';

function subscribe(listener: () => void): () => void {
  window.addEventListener('popstate', listener);
  window.addEventListener(NAVIGATE_EVENT, listener);
  return () => {
    window.removeEventListener('popstate', listener);
    window.removeEventListener(NAVIGATE_EVENT, listener);
  };
}

const snapshot = () => window.location.pathname + window.location.search;

export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (to === snapshot()) return;
  if (options.replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
}

export interface Location {
  pathname: string;
  search: URLSearchParams;
}

export function useLocation(): Location {
  const href = useSyncExternalStore(subscribe, snapshot, () => '/');
  return useMemo(() => {
    const url = new URL(href, 'http://app.invalid');
    return { pathname: url.pathname, search: url.searchParams };
  }, [href]);
}

/** The current path with some query parameters changed; empty values are dropped. */
export function withSearch(
  location: Location,
  changes: Record<string, string | number | null | undefined>,
): string {
  const search = new URLSearchParams(location.search);
  for (const [key, value] of Object.entries(changes)) {
    if (value === null || value === undefined || value === '') search.delete(key);
    else search.set(key, String(value));
  }
  const text = search.toString();
  return `${location.pathname}${text ? `?${text}` : ''}`;
}
