import type { ReactNode } from 'react';
import { Link } from './router-links.tsx';

import { isSiteFile, isSitePath } from '../lib/content/link.ts';
import { ExternalLink } from './external-link.tsx';
import { siteHref } from './router-links.tsx';

/**
 * A link from content: a site path navigates inside the app (under BASE_PATH), or, for one of the site's files
 * (a feed), is a plain link to it; anything else leaves the site.
 */
export function ContentLink({ href, children, className }: { href: string; children: ReactNode; className?: string }) {
  if (isSitePath(href) && isSiteFile(href)) {
    return (
      <a href={siteHref(href)} className={className}>
        {children}
      </a>
    );
  }
  if (isSitePath(href)) {
    return (
      <Link to={href} className={className}>
        {children}
      </Link>
    );
  }
  return (
    <ExternalLink href={href} className={className}>
      {children}
    </ExternalLink>
  );
}
