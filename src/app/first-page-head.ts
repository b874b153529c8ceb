import { folderAddress } from '../lib/paths.ts';

/**
 * What the prerender writes into the head past the title and description (render-head.ts) that is the first
 * page's alone: its canonical address (or noindex), Open Graph and article tags, X card and JSON-LD.
 */
export const FIRST_PAGE_HEAD = [
  'link[rel=canonical]',
  'meta[name=robots]',
  'meta[property^="og:"]',
  'meta[property^="article:"]',
  'meta[name^="twitter:"]',
  'script[type="application/ld+json"]',
].join(',');

export type NavigatingRouter = {
  state: { location: { pathname: string } };
  subscribe: (listener: (state: { location: { pathname: string } }) => void) => () => void;
};

/**
 * Removes the first page's canonical link, Open Graph tags and JSON-LD at the first client-side navigation to
 * another page: they would go on naming it, and a browser's own Share (Chrome on Android shares the canonical
 * address) would send the first page's address for the one on screen. A crawler loads each address afresh. Started
 * from after-start.ts's chunk, a few milliseconds after the app: a navigation before it leaves the head until the next.
 */
export function dropFirstPageHeadOnNavigation(router: NavigatingRouter, head: ParentNode = document.head): void {
  // The page itself under its folder address (a link to it, as links write it: paths.ts) is no move.
  const first = folderAddress(router.state.location.pathname);
  const stop = router.subscribe(({ location }) => {
    if (folderAddress(location.pathname) === first) return;
    stop();
    for (const stale of head.querySelectorAll(FIRST_PAGE_HEAD)) stale.remove();
  });
}
