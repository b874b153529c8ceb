import { Link } from '../../components/router-links.tsx';

import type { TagCount } from '../../lib/content/model.ts';
import { withTag } from './tag-selection.ts';
import { paths } from '../../lib/paths.ts';
import { articleCount } from '../../lib/plural.ts';

/** How many offers show at once; the rest wait behind a disclosure, so that 300 tags do not bury the list. */
const SHOWN = 12;

const chipClass =
  'inline-flex min-h-9 items-center gap-1.5 rounded-full border border-rule px-3.5 py-1 text-ink no-underline hover:border-accent hover:text-accent';

function OfferList({ offers, chosen }: { offers: readonly TagCount[]; chosen: readonly string[] }) {
  return (
    <ul className="flex flex-wrap gap-2">
      {offers.map((offer) => (
        <li key={offer.slug}>
          {/* Named "Rail, 12 articles": the count is read as words, shown as a number. */}
          <Link
            to={paths.home.href(1, withTag(chosen, offer.slug))}
            aria-label={`${offer.name}, ${articleCount(offer.count)}`}
            className={chipClass}
          >
            {offer.name}
            <span className="text-xs text-ink-muted tabular-nums">{offer.count.toLocaleString('en')}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}

/**
 * Tags the reader can add to the filter, each a link to the filter with it
 * added and the number of articles that would then be listed; most first.
 */
export function TagFilterOffers({ offers, chosen }: { offers: readonly TagCount[]; chosen: readonly string[] }) {
  const rest = offers.slice(SHOWN);
  return (
    <>
      <OfferList offers={offers.slice(0, SHOWN)} chosen={chosen} />
      {rest.length === 0 ? null : (
        <details className="mt-3">
          <summary className="inline-flex min-h-9 cursor-pointer items-center text-ink-muted hover:text-accent">
            {rest.length.toLocaleString('en')} more {rest.length === 1 ? 'tag' : 'tags'}
          </summary>
          <div className="mt-2">
            <OfferList offers={rest} chosen={chosen} />
          </div>
        </details>
      )}
    </>
  );
}
