import { Link } from './router-links.tsx';
import { site } from 'virtual:broadsheet/site';

import { paths } from '../lib/paths.ts';
import { PageHeading } from './page-heading.tsx';
import { PageMeta } from './page-meta.tsx';
import { notFoundTitle } from '../lib/seo/page-title.ts';

export function NotFoundView() {
  return (
    <div className="max-w-[68ch]">
      <PageMeta head={notFoundTitle(site)} />
      <PageHeading>Not found</PageHeading>
      <p className="mt-4 text-body">
        There is no page at this address. It may have moved, or the link may be mistyped.
      </p>
      <p className="mt-6 font-sans">
        <Link to={paths.home.href()} className="font-medium text-accent">
          Go to the latest articles
        </Link>
      </p>
    </div>
  );
}
