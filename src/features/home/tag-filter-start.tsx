import { useState } from 'react';
import { Link } from '../../components/router-links.tsx';

import type { TagCount } from '../../lib/content/model.ts';
import { paths } from '../../lib/paths.ts';
import { importWithRetry } from '../../lib/retry-import.ts';
import { TagFilterOffers } from './tag-filter-offers.tsx';

type OffersState =
  { status: 'closed' } | { status: 'loading' } | { status: 'ready'; offers: TagCount[] } | { status: 'failed' };

/**
 * The unfiltered home view's way into the tag filter: a closed disclosure,
 * the same in the prerendered HTML and after hydration. Only when the reader
 * opens it is the filter's data file fetched, so the home page itself costs
 * nothing more; the file is then in the browser's cache for the filter.
 * The filter's code loads then too (tag-filter-loader.ts), as it does for
 * a filtered address.
 */
export function TagFilterStart() {
  const [state, setState] = useState<OffersState>({ status: 'closed' });

  async function load() {
    setState({ status: 'loading' });
    try {
      const { loadTagOffers } = await importWithRetry(() => import('./tag-filter-loader.ts'));
      const offers = await loadTagOffers();
      setState(offers === null ? { status: 'failed' } : { status: 'ready', offers });
    } catch {
      setState({ status: 'failed' });
    }
  }

  return (
    <details
      className="mb-8 font-sans text-sm"
      onToggle={(event) => {
        if (event.currentTarget.open && (state.status === 'closed' || state.status === 'failed')) void load();
      }}
    >
      <summary className="inline-flex min-h-9 cursor-pointer items-center font-semibold text-ink hover:text-accent">
        Filter by tag
      </summary>
      <div className="mt-2">
        {state.status === 'ready' ? (
          <TagFilterOffers offers={state.offers} chosen={[]} />
        ) : state.status === 'loading' ? (
          <p role="status" className="text-ink-muted">
            Loading tags…
          </p>
        ) : (
          // Before the app has loaded (or without JavaScript), and when loading failed: the tag index instead.
          <p className="text-ink-muted">
            {state.status === 'failed' ? 'The tags could not be loaded. ' : null}
            <Link to={paths.tags.href()} className="text-accent underline underline-offset-2 hover:decoration-2">
              See every tag
            </Link>
          </p>
        )}
      </div>
    </details>
  );
}
