import { useId } from 'react';
import { Link } from '../../components/router-links.tsx';
import { site } from 'virtual:broadsheet/site';

import { withoutTag } from './tag-selection.ts';
import { nameList } from '../../lib/name-list.ts';
import { paths } from '../../lib/paths.ts';
import { articleCount } from '../../lib/plural.ts';
import type { ActiveTagFilter } from './tag-filter-loader.ts';
import { TagFilterOffers } from './tag-filter-offers.tsx';

const chosenChipClass =
  'inline-flex min-h-9 items-center gap-1.5 rounded-full border border-accent bg-accent px-3.5 py-1 text-accent-ink no-underline hover:bg-transparent hover:text-accent';

/**
 * The home view's active tag filter: what it selects, each chosen tag as a
 * chip that removes it, "Clear filter", and the tags that narrow it further.
 * Every control is a link, so each step is a history entry and an address.
 */
export function TagFilterPanel({ filter, total }: { filter: ActiveTagFilter; total: number }) {
  const headingId = useId();
  const chosen = filter.chosen.map((tag) => tag.slug);
  return (
    <nav aria-labelledby={headingId} className="mb-8 font-sans text-sm">
      <h2 id={headingId} className="sr-only">
        Tag filter
      </h2>
      <p className="mb-3 text-ink-muted">
        {total === 0 ? 'No articles' : articleCount(total)} tagged{' '}
        {nameList(
          filter.chosen.map((tag) => tag.name),
          site.language,
        )}
      </p>
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
        <ul aria-label="Chosen tags" className="flex flex-wrap gap-2">
          {filter.chosen.map((tag) => (
            <li key={tag.slug}>
              <Link to={paths.home.href(1, withoutTag(chosen, tag.slug))} className={chosenChipClass}>
                <span className="sr-only">Remove</span> {tag.name}
                <span aria-hidden="true">×</span>
              </Link>
            </li>
          ))}
        </ul>
        <Link
          to={paths.home.href()}
          className="inline-flex min-h-9 items-center text-accent underline underline-offset-2 hover:decoration-2"
        >
          Clear filter
        </Link>
      </div>
      <h3 className="mt-5 mb-2 text-xs font-semibold tracking-wider text-ink-muted uppercase">Narrow further</h3>
      {filter.offers.length === 0 ? (
        <p>No other tag narrows these articles further.</p>
      ) : (
        <TagFilterOffers offers={filter.offers} chosen={chosen} />
      )}
    </nav>
  );
}
