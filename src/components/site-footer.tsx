import { Link } from 'react-router';
import { site } from 'virtual:broadsheet/site';

import { paths } from '../lib/paths.ts';

export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-rule bg-paper-raised print:hidden">
      <div className="mx-auto grid max-w-5xl gap-4 px-4 py-8 font-sans text-sm text-ink-muted sm:grid-cols-2 sm:px-6">
        <div>
          <p className="font-serif text-lg font-bold text-ink">{site.title}</p>
          <p className="mt-1 max-w-prose">{site.description}</p>
        </div>
        <nav aria-label="Footer" className="sm:justify-self-end">
          <ul className="flex flex-wrap gap-x-4 gap-y-2">
            <li>
              <Link to={paths.home.href()} className="text-ink-muted hover:text-ink">
                Latest
              </Link>
            </li>
            <li>
              <Link to={paths.tags.href()} className="text-ink-muted hover:text-ink">
                Tags
              </Link>
            </li>
            <li>
              <Link to={paths.authors.href()} className="text-ink-muted hover:text-ink">
                Authors
              </Link>
            </li>
            {site.footerPages.map((page) => (
              <li key={page.slug}>
                <Link to={paths.page.href(page.slug)} className="text-ink-muted hover:text-ink">
                  {page.title}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </footer>
  );
}
