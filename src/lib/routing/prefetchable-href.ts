/**
 * Which links are worth loading ahead: those that the router will open in
 * this tab. As the prefetcher keys them: path and query, no fragment.
 */

type Here = Pick<Location, 'origin' | 'pathname' | 'search'>;

/**
 * The link's address when it is another view of this app: same origin,
 * under the base path, opened in this tab (no `target` but `_self`), not a
 * download, and not the address already shown (a `#fragment` link on the
 * page, or the page itself). null for any other link.
 */
export function prefetchableHref(link: HTMLAnchorElement, here: Here, basename: string): string | null {
  if (link.hasAttribute('download') || (link.target !== '' && link.target !== '_self')) return null;
  let url: URL;
  try {
    url = new URL(link.href);
  } catch {
    return null; // an href that is not an address at all
  }
  const inside = url.pathname.startsWith(basename) || `${url.pathname}/` === basename;
  if (url.origin !== here.origin || !inside) return null;
  if (url.pathname === here.pathname && url.search === here.search) return null;
  return url.pathname + url.search;
}
