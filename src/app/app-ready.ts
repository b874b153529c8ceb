import { useLayoutEffect } from 'react';

/**
 * Told to the page once the app's own handlers are live. Until then the
 * inline script in index.html handles the scheme button and the "/" key
 * (keeping each event from the app, so none acts twice); on this event it
 * steps aside. Benchmarks (scripts/bench-start.ts) time the app's start by it.
 */
export const APP_READY_EVENT = 'broadsheet:app-ready';

/**
 * Announces, as the layout's first commit (hydrated or rendered) completes, that the app has taken over: its
 * handlers are live from that moment, so the inline ones step aside then rather than after the next paint.
 */
export function useAnnounceAppReady(): void {
  useLayoutEffect(() => {
    document.dispatchEvent(new Event(APP_READY_EVENT));
  }, []);
}
