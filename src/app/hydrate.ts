/**
 * Prepares a prerendered page for hydration: the first render in the
 * browser must produce exactly the prerendered HTML, so the matched routes'
 * lazy components are loaded and their loaders run (reading the data the
 * page was rendered from, which the page carries as its island:
 * lib/content/page-island.ts) before React hydrates. The prerendered page
 * stays on screen meanwhile; nothing is replaced by a fallback. The app's
 * code is fetched once the page has painted (scripts/app-start.ts).
 */
import {
  matchRoutes,
  UNSAFE_ErrorResponseImpl as ErrorResponse,
  type HydrationState,
  type RouteObject,
} from 'react-router';

import { PAGES_ROUTE_ID } from './routes.tsx';

async function loadLazyComponents(route: RouteObject): Promise<void> {
  const { lazy } = route;
  if (lazy === undefined || typeof lazy === 'function') return;
  if (lazy.Component !== undefined) route.Component = await lazy.Component();
  route.lazy = undefined;
}

/** Tells the reader, above the prerendered view, that the page did not fully load; offers a reload of this very address. */
export function showReloadNotice(): void {
  const notice = document.createElement('p');
  notice.setAttribute('role', 'alert');
  notice.className = 'mb-8 rounded border border-rule bg-paper-raised px-4 py-3 font-sans text-sm';
  notice.append('Something went wrong: part of this page could not be loaded. It still reads, and its links work. ');
  const reload = document.createElement('a');
  reload.href = window.location.href;
  reload.className = 'font-medium text-accent';
  reload.textContent = 'Reload this page';
  // A link to the address itself would only scroll when it has a #fragment.
  reload.addEventListener('click', (event) => {
    event.preventDefault();
    window.location.reload();
  });
  notice.append(reload);
  (document.getElementById('main') ?? document.body).prepend(notice);
}

/**
 * The view's code or data could not be loaded, though each was tried twice
 * (retry-import.ts, api.ts). Without them React cannot reproduce the page,
 * and hydrating anything else would throw it away. So the prerendered page
 * stays as it is, complete and readable, its links ordinary links that load
 * each page afresh, with a notice that offers a reload; and there is nothing
 * to hydrate: the returned promise never settles.
 */
function stayPrerendered(): Promise<never> {
  showReloadNotice();
  return new Promise<never>(() => undefined);
}

export async function loadHydrationData(routes: RouteObject[], basename: string): Promise<HydrationState> {
  const matches = matchRoutes(routes, window.location, basename) ?? [];
  try {
    await Promise.all(matches.map(({ route }) => loadLazyComponents(route)));
  } catch {
    return stayPrerendered();
  }

  const request = new Request(window.location.href);
  const loaderData: Record<string, unknown> = {};
  let errors: Record<string, unknown> | null = null;
  for (const { route, params } of matches) {
    if (route.id === undefined || typeof route.loader !== 'function') continue;
    try {
      const pattern = route.path ?? '';
      loaderData[route.id] = await route.loader({
        request,
        url: new URL(request.url),
        pattern,
        params,
        context: undefined,
      });
    } catch (error) {
      // A thrown Response is a view's "not found", as the prerender rendered it; anything else is a failed load.
      if (!(error instanceof Response)) return stayPrerendered();
      errors = { [PAGES_ROUTE_ID]: new ErrorResponse(error.status, error.statusText, null) };
      break;
    }
  }
  return { loaderData, errors };
}
