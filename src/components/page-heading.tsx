import type { ReactNode } from 'react';

/**
 * The page's one h1. It can take focus (tabIndex -1) so that after a
 * client-side navigation focus moves here and a screen reader announces the
 * new page (see use-focus-on-navigation.ts).
 */
export function PageHeading({ children, className = '' }: { children: ReactNode; className?: string }) {
  return (
    <h1 tabIndex={-1} className={`page-title ${className}`.trim()}>
      {children}
    </h1>
  );
}
