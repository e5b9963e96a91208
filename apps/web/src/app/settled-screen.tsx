import { useIsFetching } from '@tanstack/react-query';
import { type ReactNode, useEffect, useState } from 'react';
import { Loading } from '../components/ui/loading';

/** Reads of a screen start one after another (a season, then its sections): wait out the gap between. */
const QUIET_MS = 32;
/** A read that hangs (a venue's Wi-Fi) holds the screen back no longer than this. */
const MAX_WAIT_MS = 2500;

/**
 * Shows a screen made of sections that each read their own data once the reads it opens with are in, as
 * one picture: filling in one above another, they pushed the organiser's forms down under a thumb (a
 * layout shift of 0.1 on the season screen of a busy phone). Meanwhile it is laid out but invisible, so
 * showing it costs no second layout. Only reads without data count: a refetch of what is on screen
 * hides nothing.
 */
export function SettledScreen({ children }: { children: ReactNode }) {
  const loading = useIsFetching({ predicate: (query) => query.state.status === 'pending' });
  const [ready, setReady] = useState(false);
  useEffect(() => {
    if (ready) return;
    const cap = setTimeout(() => setReady(true), MAX_WAIT_MS);
    return () => clearTimeout(cap);
  }, [ready]);
  useEffect(() => {
    if (ready || loading > 0) return;
    const quiet = setTimeout(() => setReady(true), QUIET_MS);
    return () => clearTimeout(quiet);
  }, [ready, loading]);
  return (
    <>
      {ready ? null : <Loading />}
      <div className={ready ? undefined : 'settled-screen--waiting'}>{children}</div>
    </>
  );
}
