import type { MouseEvent } from 'react';
import { isRouteErrorResponse, useHref, useLocation, useRouteError } from 'react-router';
import { Link } from '../components/router-links.tsx';
import { site } from 'virtual:broadsheet/site';

import { NotFoundView } from '../components/not-found-view.tsx';
import { PageHeading } from '../components/page-heading.tsx';
import { PageMeta } from '../components/page-meta.tsx';
import { DataLoadError } from '../lib/content/api.ts';
import { paths } from '../lib/paths.ts';
import { errorTitle } from '../lib/seo/page-title.ts';
import { ChunkLoadError } from '../lib/retry-import.ts';

/** What the reader is told, by what failed. Both loads have already been tried twice (retry-import.ts, api.ts). */
function explanation(error: unknown): string {
  if (error instanceof ChunkLoadError) {
    return 'This page could not be loaded: the connection may have dropped, or the site has been updated since you opened it. Reload to get the current version.';
  }
  if (error instanceof DataLoadError) return 'This page could not be loaded. Check your connection and try again.';
  return 'This page could not be shown because of a fault on our side. Reloading it may help.';
}

/**
 * A link to the address itself would only scroll when the address has a
 * #fragment; the reader asked for a reload. The href stays for opening it
 * elsewhere.
 */
function reload(event: MouseEvent<HTMLAnchorElement>): void {
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  window.location.reload();
}

/**
 * Any view's error: "Not found" for a 404, otherwise a readable message, a
 * reload of the very same address (query and fragment included, so nothing
 * is lost) and a way home. Never a blank page.
 */
export function RouteError() {
  const error = useRouteError();
  const location = useLocation();
  const currentHref = useHref(location);
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundView />;
  return (
    <div className="max-w-[68ch]">
      <PageMeta head={errorTitle(site)} />
      <PageHeading>Something went wrong</PageHeading>
      <p className="mt-4 text-body">{explanation(error)}</p>
      <p className="mt-6 flex flex-wrap gap-4 font-sans">
        <a href={currentHref} onClick={reload} className="font-medium text-accent">
          Reload this page
        </a>
        <Link to={paths.home.href()} className="font-medium text-accent">
          Go to the latest articles
        </Link>
      </p>
    </div>
  );
}
