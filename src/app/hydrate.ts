/**
 * Prepares a prerendered page for hydration: the first render in the
 * browser must produce exactly the prerendered HTML, so the matched routes'
 * lazy components are loaded and their loaders run (fetching the same data
 * file the page was rendered from) before React hydrates. The prerendered
 * page stays on screen meanwhile; nothing is replaced by a fallback.
 *
 * The HTML carries no copy of the data: the article's text is in the page
 * once, and its data file is preloaded from <head>.
 */
import { matchRoutes, UNSAFE_ErrorResponseImpl as ErrorResponse, type HydrationState, type RouteObject } from 'react-router';

import { PAGES_ROUTE_ID } from './routes.tsx';

async function loadLazyComponents(route: RouteObject): Promise<void> {
  const { lazy } = route;
  if (lazy === undefined || typeof lazy === 'function') return;
  if (lazy.Component !== undefined) route.Component = await lazy.Component();
  route.lazy = undefined;
}

export async function loadHydrationData(routes: RouteObject[], basename: string): Promise<HydrationState> {
  const matches = matchRoutes(routes, window.location, basename) ?? [];
  await Promise.all(matches.map(({ route }) => loadLazyComponents(route)));

  const request = new Request(window.location.href);
  const loaderData: Record<string, unknown> = {};
  let errors: Record<string, unknown> | null = null;
  for (const { route, params } of matches) {
    if (route.id === undefined || typeof route.loader !== 'function') continue;
    try {
      const pattern = route.path ?? '';
      loaderData[route.id] = await route.loader({ request, url: new URL(request.url), pattern, params, context: undefined });
    } catch (error) {
      // A thrown Response is a view's "not found"; anything else is a real failure for the error boundary.
      errors = {
        [PAGES_ROUTE_ID]: error instanceof Response ? new ErrorResponse(error.status, error.statusText, null) : error,
      };
      break;
    }
  }
  return { loaderData, errors };
}
