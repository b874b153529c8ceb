/**
 * How the HTML the browser opened relates to the address it opened: the
 * prerender marks `#root` with the pathname it rendered, and renders every
 * view without a query. Only a page rendered for this very view can be
 * hydrated; any other must be rendered afresh (main.tsx).
 */
import { QUERY_PARAMS } from '../lib/paths.ts';

export type PrerenderedPage = 'none' | 'this-view' | 'this-address-other-query' | 'other-address';

/** The page shows a different view when one of these parameters is present; others (utm_*, …) change nothing. */
const VIEW_PARAMS: readonly string[] = [QUERY_PARAMS.tags, QUERY_PARAMS.search];

/**
 * The pathname as the router matches it: `/articles/dispatch%2D01` is the page prerendered as
 * `/articles/dispatch-01`, which a host serves for it. A pathname that does not decode is left as it is.
 */
function decodedPath(pathname: string): string {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return pathname;
  }
}

export function prerenderedFor(
  container: HTMLElement,
  location: Pick<Location, 'pathname' | 'search'>,
): PrerenderedPage {
  const rendered = container.dataset.prerendered;
  if (rendered === undefined) return 'none';
  const current = decodedPath(location.pathname).replace(/\/+$/, '') || '/';
  if (rendered !== current) return 'other-address';
  const query = new URLSearchParams(location.search);
  return VIEW_PARAMS.some((name) => (query.get(name) ?? '') !== '') ? 'this-address-other-query' : 'this-view';
}

export function canHydrate(page: PrerenderedPage): boolean {
  return page === 'this-view';
}
