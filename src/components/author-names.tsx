import { Link } from './router-links.tsx';
import { site } from 'virtual:broadsheet/site';

import type { AuthorRef } from '../lib/content/model.ts';
import { nameParts, type NamePart } from '../lib/name-list.ts';
import { paths } from '../lib/paths.ts';

/** Each list of names' parts, once, in the prerender: the same bylines recur on thousands of pages. */
const partsOfNames = new Map<string, NamePart[]>();

function prerenderedParts(authors: readonly AuthorRef[]): NamePart[] {
  const names = authors.map((author) => author.name);
  const key = names.join('\u0000');
  let parts = partsOfNames.get(key);
  if (parts === undefined) {
    parts = nameParts(names, site.language);
    partsOfNames.set(key, parts);
  }
  return parts;
}

/** "A", "A and B", "A, B and C" in the site's language, each name a link to the author's page. */
export function AuthorNames({ authors, className }: { authors: readonly AuthorRef[]; className?: string }) {
  // Vite makes SSR false in the browser's build, which then has no cache.
  const parts = import.meta.env.SSR
    ? prerenderedParts(authors)
    : nameParts(
        authors.map((author) => author.name),
        site.language,
      );
  let next = 0;
  return parts.map((part, index) => {
    if (part.type === 'literal') return part.value;
    const author = authors[next];
    next += 1;
    if (author === undefined) return part.value;
    return (
      <Link key={`${author.slug}-${index}`} to={paths.author.href(author.slug)} className={className}>
        {author.name}
      </Link>
    );
  });
}
