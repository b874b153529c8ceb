/**
 * Loads what a client-side navigation to `url` will need, so that the click
 * finds it loaded: each matched route's lazy view chunk, and the page or
 * data files its loader reads (which land in the data cache,
 * lib/content/data-cache.ts).
 * The loaders' results are thrown away; the router runs them again at the
 * click, and then they ask the network nothing.
 */
import { matchRoutes, type RouteObject } from 'react-router';

export async function prefetchRoute(routes: RouteObject[], url: URL, basename: string): Promise<void> {
  const matches = matchRoutes(routes, url.pathname, basename) ?? [];
  const request = new Request(url);
  await Promise.all(
    matches.map(async ({ route, params }) => {
      // react-router clears a lazy property once it has loaded it (routes.tsx): a view with none is loaded already.
      if (typeof route.lazy === 'object') await route.lazy.Component?.();
      if (typeof route.loader !== 'function') return;
      try {
        await route.loader({ request, url, pattern: route.path ?? '', params, context: undefined });
      } catch (error) {
        // A thrown Response is the view's "not found", an answer the data cache keeps like any other.
        if (!(error instanceof Response)) throw error;
      }
    }),
  );
}
