/**
 * What the app starts once it runs, from a chunk of its own that main.tsx imports then: no page's first load
 * carries it.
 */
import type { RouteObject } from 'react-router';

import { dropFirstPageHeadOnNavigation, type NavigatingRouter } from './first-page-head.ts';
import { startLinkPrefetch } from './link-prefetch.ts';

export function startAfterApp(router: NavigatingRouter, routes: RouteObject[], basename: string): void {
  startLinkPrefetch(routes, basename);
  dropFirstPageHeadOnNavigation(router);
}
