import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

import { folderAddress } from '../lib/paths.ts';
import { findFollowed, takeFollowed, type FollowedLink } from '../lib/routing/followed-link.ts';

/**
 * The link each history entry was left by, by the entry's key: Back and Forward return focus to it. A new entry has
 * a new key, so only an entry visited before is found here.
 */
const leftBy = new Map<string, FollowedLink>();

/**
 * After a client-side navigation, moves focus to the new view's h1 so that
 * keyboard and screen-reader users start at the new page and hear its name.
 * Back and Forward instead return it to the link the reader left that page by,
 * as browsers do for a page they keep in their back-forward cache, so that a
 * reader going through a list does not start again from its top. The first load
 * is left alone: the browser already starts at the top. preventScroll leaves
 * scrolling to <ScrollRestoration>.
 *
 * "A navigation" is an address other than the one focus was last placed for,
 * not "any run but the first": React's StrictMode runs every effect twice on
 * mount in development, and the second run once focused the first page's h1.
 */
export function useFocusOnNavigation(): void {
  const { pathname, search, key } = useLocation();
  // A page under its folder address (as links write it: paths.ts) is the same page.
  const address = `${folderAddress(pathname)}${search}`;
  const settled = useRef({ address, key });
  useEffect(() => {
    const left = settled.current;
    settled.current = { address, key };
    // Taken at every move, so that a link to the page the reader is on is not taken for the next one's.
    const followed = takeFollowed();
    if (left.address === address) return;
    // Left by Back or Forward, a page keeps the link it was left by before.
    if (followed !== null) leftBy.set(left.key, followed);
    // A reader typing a search stays in the box; the results announce themselves (search-page.tsx).
    if (document.activeElement?.closest('[role="search"]')) return;
    const back = leftBy.get(key);
    const link = back && findFollowed(back);
    link?.focus({ preventScroll: true });
    // A link that cannot take focus (in a closed <details>, hidden) leaves it to the h1.
    if (!link || document.activeElement !== link) {
      document.querySelector<HTMLElement>('main h1')?.focus({ preventScroll: true });
    }
  }, [address, key]);
}
