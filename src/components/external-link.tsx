import type { ReactNode } from 'react';

/** A link that leaves the site: it gets neither our window nor our address. */
export function ExternalLink({ href, children, className }: { href: string; children: ReactNode; className?: string }) {
  return (
    <a href={href} rel="noopener noreferrer" className={className}>
      {children}
    </a>
  );
}
