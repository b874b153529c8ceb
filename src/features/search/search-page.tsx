import { useRef } from 'react';
import { useLoaderData, useNavigation } from 'react-router';
import { Form } from '../../components/router-links.tsx';
import { site } from 'virtual:broadsheet/site';

import { PageHeading } from '../../components/page-heading.tsx';
import { PageMeta } from '../../components/page-meta.tsx';
import { Pagination } from '../../components/pagination.tsx';
import { folderAddress, paths, QUERY_PARAMS } from '../../lib/paths.ts';
import { searchTitle } from '../../lib/seo/search-title.ts';
import { preloadSearch } from './preload-search.ts';
import type { SearchData } from './search-loader.ts';
import { SearchResults } from './search-results.tsx';
import { useQueryInUrl } from './use-query-in-url.ts';
import { useSlowSearch } from './use-slow-search.ts';

function statusText({ query, outcome }: SearchData): string {
  if (outcome === null) return '';
  if (outcome.unanswered === 'unavailable')
    return 'Search is not available right now: its index could not be loaded. Try again in a moment.';
  if (outcome.unanswered === 'no-words') return 'Type a word of two letters or digits or more to search.';
  if (outcome.total === 0) return `No articles match “${query}”. Check the spelling, or try fewer or other words.`;
  const count = `${outcome.total.toLocaleString('en')} ${outcome.total === 1 ? 'result' : 'results'} for “${query}”`;
  return outcome.pageCount > 1 ? `${count}, page ${outcome.page} of ${outcome.pageCount}` : count;
}

export function SearchPage() {
  const data = useLoaderData<SearchData>();
  const box = useRef<HTMLInputElement>(null);
  const { value, change, submit } = useQueryInUrl(data.query, box);
  const navigation = useNavigation();
  const busy = navigation.state === 'loading';
  const searching = useSlowSearch();
  const { outcome } = data;
  return (
    <div className="max-w-[72ch]">
      <PageMeta head={searchTitle(data.query, site)} />
      <PageHeading>Search</PageHeading>
      <Form
        role="search"
        method="get"
        action={folderAddress(paths.search.href())}
        className="mt-6 flex flex-wrap gap-2"
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <label htmlFor="search-query" className="w-full font-sans text-sm font-medium">
          Headlines, stories, tags and authors
        </label>
        <input
          id="search-query"
          ref={box}
          type="search"
          name={QUERY_PARAMS.search}
          value={value}
          onChange={(event) => {
            change(event.target.value);
          }}
          onFocus={preloadSearch}
          autoComplete="off"
          enterKeyHint="search"
          aria-keyshortcuts="/"
          aria-describedby="search-status"
          className="min-h-11 min-w-0 flex-1 rounded-full border border-ink-muted bg-paper px-4 font-sans text-lg text-ink"
        />
        <button
          type="submit"
          className="min-h-11 rounded-full bg-accent px-5 font-sans text-sm font-semibold text-accent-ink hover:opacity-90"
        >
          Search
        </button>
      </Form>
      <noscript>
        <p className="mt-4 text-body">Search works in the browser: turn on JavaScript to search the articles.</p>
      </noscript>
      <p id="search-status" role="status" className="mt-6 font-sans text-ink-muted">
        {/* A slow network keeps the last answer up for seconds: say that a newer one is coming. */}
        {searching ? 'Searching…' : statusText(data)}
      </p>
      {outcome === null || outcome.unanswered !== undefined ? null : (
        <div aria-busy={busy} className={busy ? 'opacity-60' : undefined}>
          <SearchResults results={outcome.results} />
          <Pagination
            page={outcome.page}
            pageCount={outcome.pageCount}
            hrefFor={(page) => paths.search.href(data.query, page)}
            labels={{ previous: 'Previous', next: 'More results' }}
          />
        </div>
      )}
    </div>
  );
}
