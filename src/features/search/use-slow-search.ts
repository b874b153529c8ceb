import { useHref, useNavigation } from 'react-router';

import { paths } from '../../lib/paths.ts';
import { useSlowNavigation } from '../../lib/routing/use-slow-navigation.ts';

/** How long a search may load before the page says it is searching: a quick answer says nothing until it is there. */
export const SLOW_SEARCH_MS = 300;

/**
 * Whether a search of this page's (not a link to another page) has been loading for SLOW_SEARCH_MS: a quick
 * answer, from files already loaded, would flash "Searching…" and have screen readers announce it for nothing.
 */
export function useSlowSearch(): boolean {
  const navigation = useNavigation();
  // The router's pathname may carry the base path (BASE_PATH), as useHref's does, and end in a slash, as links write
  // it (paths.ts: folderAddress).
  const searchPaths = [paths.search.pattern, useHref(paths.search.pattern)];
  const searchKey =
    navigation.state === 'loading' && searchPaths.includes(navigation.location.pathname.replace(/\/$/, ''))
      ? navigation.location.key
      : null;
  return useSlowNavigation(searchKey, SLOW_SEARCH_MS);
}
