import { useNavigation } from 'react-router';

import { useSlowNavigation } from '../lib/routing/use-slow-navigation.ts';

/** How long a navigation may take before the bar appears: quick ones never flash it. */
export const NAVIGATION_PROGRESS_DELAY_MS = 150;

/**
 * A thin indeterminate bar at the top of the page while a client-side
 * navigation is slow to load. Nothing is rendered otherwise, so the server
 * render and the first client render (both idle) are the same.
 */
export function NavigationProgress({ delayMs = NAVIGATION_PROGRESS_DELAY_MS }: { delayMs?: number }) {
  const navigation = useNavigation();
  const loadingKey = navigation.state === 'loading' ? navigation.location.key : null;
  if (!useSlowNavigation(loadingKey, delayMs)) return null;
  return (
    <div
      role="progressbar"
      aria-label="Loading page"
      className="fixed inset-x-0 top-0 z-50 h-1 overflow-hidden bg-accent/25 print:hidden"
    >
      <div className="h-full w-full bg-accent motion-safe:w-1/3 motion-safe:animate-nav-progress" />
    </div>
  );
}
