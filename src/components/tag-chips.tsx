import { useId } from 'react';
import { Link } from './router-links.tsx';

import type { TagRef } from '../lib/content/model.ts';
import { paths } from '../lib/paths.ts';

/** The article's tags as a wrapping row of links, primary tag first. */
export function TagChips({ tags, label = 'Topics' }: { tags: readonly TagRef[]; label?: string }) {
  const headingId = useId();
  if (tags.length === 0) return null;
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId} className="sr-only">
        {label}
      </h2>
      <ul className="flex flex-wrap gap-2 font-sans text-sm">
        {tags.map((tag) => (
          <li key={tag.slug}>
            <Link to={paths.tag.href(tag.slug)} className="chip">
              {tag.name}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
