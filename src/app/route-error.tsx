import { isRouteErrorResponse, Link, useHref, useLocation, useRouteError } from 'react-router';
import { site } from 'virtual:broadsheet/site';

import { NotFoundView } from '../components/not-found-view.tsx';
import { PageHeading } from '../components/page-heading.tsx';
import { PageMeta } from '../components/page-meta.tsx';
import { paths } from '../lib/paths.ts';
import { errorHead } from '../lib/seo/page-head.ts';

/** Any view's error: "Not found" for a 404, otherwise a readable message and a way on. Never a blank page. */
export function RouteError() {
  const error = useRouteError();
  const location = useLocation();
  const currentHref = useHref(location);
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundView />;
  return (
    <div className="max-w-[68ch]">
      <PageMeta head={errorHead(site)} />
      <PageHeading>Something went wrong</PageHeading>
      <p className="mt-4 text-body">This page could not be loaded. Check your connection and try again.</p>
      <p className="mt-6 flex flex-wrap gap-4 font-sans">
        <a href={currentHref} className="font-medium text-accent">
          Reload this page
        </a>
        <Link to={paths.home.href()} className="font-medium text-accent">
          Go to the latest articles
        </Link>
      </p>
    </div>
  );
}
