import type { AuthorLinkView } from '../lib/content/model.ts';
import { ContentLink } from './content-link.tsx';

/** An author's links (a profile elsewhere, a newsletter), as a wrapping row; nothing when there are none. */
export function AuthorLinks({ links, className = '' }: { links: readonly AuthorLinkView[]; className?: string }) {
  if (links.length === 0) return null;
  return (
    <ul className={`flex flex-wrap gap-x-4 gap-y-1 font-sans text-sm ${className}`}>
      {links.map((link) => (
        <li key={link.url}>
          <ContentLink href={link.url} className="text-accent">
            {link.label}
          </ContentLink>
        </li>
      ))}
    </ul>
  );
}
