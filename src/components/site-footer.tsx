import { Link } from './router-links.tsx';
import { site } from 'virtual:broadsheet/site';

import { paths } from '../lib/paths.ts';

export function SiteFooter() {
  return (
    <footer className="site-footer">
      <div className="colophon">
        <div>
          <p className="font-serif text-lg font-bold text-ink">{site.title}</p>
          <p className="mt-1 max-w-prose">{site.description}</p>
        </div>
        <nav aria-label="Footer" className="sm:justify-self-end">
          <ul className="flex flex-wrap gap-x-4 gap-y-2">
            <li>
              <Link to={paths.home.href()} className="footer-link">
                Latest
              </Link>
            </li>
            <li>
              <Link to={paths.tags.href()} className="footer-link">
                Tags
              </Link>
            </li>
            <li>
              <Link to={paths.authors.href()} className="footer-link">
                Authors
              </Link>
            </li>
            {site.footerPages.map((page) => (
              <li key={page.slug}>
                <Link to={paths.page.href(page.slug)} className="footer-link">
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
