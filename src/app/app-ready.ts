import { useEffect } from 'react';

/**
 * Told to the page once the app's own handlers are live. Until then the
 * inline script in index.html handles the scheme button and the "/" key
 * (keeping each event from the app, so none acts twice); on this event it
 * steps aside. Benchmarks (scripts/bench-start.ts) time the app's start by it.
 */
export const APP_READY_EVENT = 'broadsheet:app-ready';

/** Announces, after the layout's first commit (hydrated or rendered), that the app has taken over. */
export function useAnnounceAppReady(): void {
  useEffect(() => {
    document.dispatchEvent(new Event(APP_READY_EVENT));
  }, []);
}
