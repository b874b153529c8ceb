import type { ReactNode } from 'react';
import { Link } from './router-links.tsx';

import { isSitePath } from '../lib/content/link.ts';
import { ExternalLink } from './external-link.tsx';

/** A link from content: a site path navigates inside the app (under BASE_PATH); anything else leaves the site. */
export function ContentLink({ href, children, className }: { href: string; children: ReactNode; className?: string }) {
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
