import './styles.css';

import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';

import { loadHydrationData } from './hydrate.ts';
import { createRoutes } from './routes.tsx';

const basename = import.meta.env.BASE_URL;
const container = document.getElementById('root');
if (container === null) throw new Error('index.html has no #root element');

const routes = createRoutes();
// The prerender marks the address it rendered; a host's fallback page rendered for another address is not hydrated.
const prerendered = container.dataset.prerendered;
const current = window.location.pathname.replace(/\/+$/, '') || '/';

if (prerendered !== undefined && prerendered === current) {
  const router = createBrowserRouter(routes, { basename, hydrationData: await loadHydrationData(routes, basename) });
  hydrateRoot(
    container,
    <StrictMode>
      <RouterProvider router={router} />
    </StrictMode>,
  );
} else {
  const router = createBrowserRouter(routes, { basename });
  // A page prerendered for another address (a host's 404.html): its content and title are not this page's.
  container.replaceChildren();
  for (const stale of document.head.querySelectorAll('title, meta[name="description"]')) stale.remove();
  createRoot(container).render(
    <StrictMode>
      <RouterProvider router={router} />
    </StrictMode>,
  );
}
