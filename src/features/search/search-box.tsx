import { useMatch } from 'react-router';
import { Form } from '../../components/router-links.tsx';

import { folderAddress, paths, QUERY_PARAMS } from '../../lib/paths.ts';
import { preloadSearch } from './preload-search.ts';
import { useSlashToSearch } from './use-slash-to-search.ts';

/**
 * The header's search box. Enter opens the results page; without
 * JavaScript the form still goes there. The search page has its own box,
 * so this one steps aside there.
 */
export function SearchBox() {
  useSlashToSearch();
  const onSearchPage = useMatch(paths.search.pattern) !== null;
  if (onSearchPage) return null;
  return (
    <Form role="search" method="get" action={folderAddress(paths.search.href())} className="flex min-w-0 items-center">
      <label htmlFor="site-search" className="sr-only">
        Search articles
      </label>
      <input
        id="site-search"
        type="search"
        name={QUERY_PARAMS.search}
        placeholder="Search"
        autoComplete="off"
        enterKeyHint="search"
        aria-keyshortcuts="/"
        onFocus={preloadSearch}
        className="search-field"
      />
    </Form>
  );
}
