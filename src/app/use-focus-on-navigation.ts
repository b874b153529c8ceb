import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

/**
 * After a client-side navigation, moves focus to the new view's h1 so that
 * keyboard and screen-reader users start at the new page and hear its name.
 * The first load is left alone: the browser already starts at the top.
 * preventScroll leaves scrolling to <ScrollRestoration>.
 */
export function useFocusOnNavigation(): void {
  const location = useLocation();
  const isFirstRender = useRef(true);
  useEffect(() => {
    if (isFirstRender.current) {
      isFirstRender.current = false;
      return;
    }
    // A reader typing a search stays in the box; the results announce themselves (search-page.tsx).
    if (document.activeElement?.closest('[role="search"]')) return;
    document.querySelector<HTMLElement>('main h1')?.focus({ preventScroll: true });
  }, [location.pathname, location.search]);
}
