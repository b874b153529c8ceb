import './styles.css';

import { startTransition, StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';

import type { startAfterApp } from './after-start.ts';
import { followContentEdits, pageContentVersion } from './follow-content-edits.ts';
import { loadHydrationData } from './hydrate.ts';
import { canHydrate, prerenderedFor } from './prerendered-page.ts';
import { createRoutes } from './routes.tsx';

const basename = import.meta.env.BASE_URL;
const container = document.getElementById('root');
if (container === null) throw new Error('index.html has no #root element');

const routes = createRoutes();
const page = prerenderedFor(container, window.location);

function removeStaleHead(): void {
  for (const stale of document.head.querySelectorAll('title, meta[name="description"]')) stale.remove();
}

/**
 * What starts once the app runs, from a chunk of its own (after-start.ts): links that load their view ahead, and
 * the first page's head taken away at the first navigation. A first load carries only this import; should it fail
 * to load, links and pages work as before.
 */
function startAfter(router: Parameters<typeof startAfterApp>[0]): void {
  import('./after-start.ts').then(
    (after) => {
      after.startAfterApp(router, routes, basename);
    },
    () => undefined,
  );
}

/** In `npm run dev`, content edits show without a page reload (follow-content-edits.ts); a build has none of it. */
function followEdits(router: { revalidate: () => Promise<void> }): void {
  const hot = import.meta.hot;
  if (hot === undefined) return;
  const refresh = import('./dev-content-refresh.ts').then(({ refreshAfterContentEdit }) => () => {
    refreshAfterContentEdit(router);
  });
  followContentEdits(hot, refresh, pageContentVersion(document));
}

if (canHydrate(page)) {
  const router = createBrowserRouter(routes, { basename, hydrationData: await loadHydrationData(routes, basename) });
  followEdits(router);
  startAfter(router);
  // As a transition, hydration yields to the browser every few milliseconds instead of holding the main thread
  // for the whole page: a tap or a scroll during it is handled at once. The view, in its own Suspense boundary
  // (root-layout.tsx), hydrates after the frame, so the app takes over before the view is done.
  startTransition(() => {
    hydrateRoot(
      container,
      <StrictMode>
        <RouterProvider router={router} />
      </StrictMode>,
    );
  });
} else {
  const router = createBrowserRouter(routes, { basename });
  followEdits(router);
  startAfter(router);
  if (page === 'other-address') {
    // A page prerendered for another address (a host's 404.html): its content and title are not this page's.
    container.replaceChildren();
    removeStaleHead();
  } else if (page === 'this-address-other-query') {
    // This address prerendered without its query (`?tags=`, `?q=`): keep it on screen until the view's own data
    // has loaded, then render over it, so the reader never sees a blank page or a hydration mismatch.
    await new Promise<void>((resolve) => {
      if (router.state.initialized) resolve();
      else
        router.subscribe((state) => {
          if (state.initialized) resolve();
        });
    });
    removeStaleHead();
  }
  createRoot(container).render(
    <StrictMode>
      <RouterProvider router={router} />
    </StrictMode>,
  );
}
