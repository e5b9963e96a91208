import { useIsFetching } from '@tanstack/react-query';
import { type ReactNode, useEffect, useState } from 'react';
import { Loading } from '../components/ui/loading';

/** Reads of a screen start one after another (a season, then its sections): wait out the gap between. */
const QUIET_MS = 80;
/** A read that hangs (a venue's Wi-Fi) holds the first screen back no longer than this. */
const MAX_WAIT_MS = 2500;
let shown = false;

/**
 * The app's first screen appears once its first reads are in, as one picture, not section by section:
 * sections filling in one above another pushed the organiser's forms down under a thumb (a layout shift of
 * 0.1 on the season screen). Meanwhile it is laid out but invisible, so showing it costs no second layout.
 * Screens opened later fill in as their reads arrive, as before.
 */
export function FirstScreen({ children }: { children: ReactNode }) {
  const fetching = useIsFetching();
  const [ready, setReady] = useState(shown);
  useEffect(() => {
    if (ready) {
      shown = true;
      return;
    }
    const cap = setTimeout(() => setReady(true), MAX_WAIT_MS);
    return () => clearTimeout(cap);
  }, [ready]);
  useEffect(() => {
    if (ready || fetching > 0) return;
    const quiet = setTimeout(() => setReady(true), QUIET_MS);
    return () => clearTimeout(quiet);
  }, [ready, fetching]);
  return (
    <>
      {ready ? null : <Loading />}
      <div className={ready ? undefined : 'first-screen--waiting'}>{children}</div>
    </>
  );
}
