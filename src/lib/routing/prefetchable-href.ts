/**
 * Which links are the app's (the router opens them in this tab; site-link-clicks.ts follows them in markup), and
 * which are worth loading ahead, keyed as the prefetcher keys them: path and query, no fragment.
 */
import { isSiteFile } from '../content/link.ts';
import { folderAddress } from '../paths.ts';

type Here = Pick<Location, 'origin' | 'pathname' | 'search'>;

/**
 * The link's URL when it is an address of this app that opens in this tab: same origin, under the base path, no
 * `target` but `_self`, not a download, not one of the site's files. null for any other link, and for an href that
 * is not an address at all.
 */
export function appLinkUrl(link: HTMLAnchorElement, origin: string, basename: string): URL | null {
  if (link.hasAttribute('download') || (link.target !== '' && link.target !== '_self')) return null;
  let url: URL;
  try {
    url = new URL(link.href);
  } catch {
    return null;
  }
  const inside = url.pathname.startsWith(basename) || `${url.pathname}/` === basename;
  // One of the site's files (a feed, robots.txt) is the browser's to open: the router has no view for it.
  return url.origin === origin && inside && !isSiteFile(url.pathname) ? url : null;
}

/**
 * The link's address when it is another view of this app (appLinkUrl), and not the address already shown (a
 * `#fragment` link on the page, or the page itself). null for any other link.
 */
export function prefetchableHref(link: HTMLAnchorElement, here: Here, basename: string): string | null {
  const url = appLinkUrl(link, here.origin, basename);
  // The page shown may be under the address without its folder's slash, which links add (paths.ts).
  const shown = url !== null && folderAddress(url.pathname) === folderAddress(here.pathname);
  if (url === null || (shown && url.search === here.search)) return null;
  return url.pathname + url.search;
}
