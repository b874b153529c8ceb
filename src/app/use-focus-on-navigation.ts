import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

/**
 * After a client-side navigation, moves focus to the new view's h1 so that
 * keyboard and screen-reader users start at the new page and hear its name.
 * The first load is left alone: the browser already starts at the top.
 * preventScroll leaves scrolling to <ScrollRestoration>.
 *
 * "A navigation" is an address other than the one focus was last placed for,
 * not "any run but the first": React's StrictMode runs every effect twice on
 * mount in development, and the second run once focused the first page's h1.
 */
export function useFocusOnNavigation(): void {
  const { pathname, search } = useLocation();
  const address = `${pathname}${search}`;
  const settled = useRef(address);
  useEffect(() => {
    if (settled.current === address) return;
    settled.current = address;
    // A reader typing a search stays in the box; the results announce themselves (search-page.tsx).
    if (document.activeElement?.closest('[role="search"]')) return;
    document.querySelector<HTMLElement>('main h1')?.focus({ preventScroll: true });
  }, [address]);
}
