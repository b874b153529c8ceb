/**
 * Links ready before the click: when a reader rests the mouse on a link,
 * focuses it from the keyboard or touches it, its view's chunk and data
 * files load (lib/routing/prefetch-intent.ts has the rules), so the click
 * finds them loaded. In after-start.ts's chunk, imported by main.tsx once the app runs:
 * no page's first load carries it (docs/decisions/009-link-prefetch.md).
 */
import type { RouteObject } from 'react-router';

import { startDataCache } from '../lib/content/data-cache.ts';
import { createPrefetchIntent, type PrefetchIntent } from '../lib/routing/prefetch-intent.ts';
import { prefetchableHref } from '../lib/routing/prefetchable-href.ts';
import { prefetchRoute } from '../lib/routing/prefetch-route.ts';

function linkAt(target: EventTarget | null): HTMLAnchorElement | null {
  const link = target instanceof Element ? target.closest('a') : null;
  return link instanceof HTMLAnchorElement ? link : null;
}

/**
 * Tells `intent` what the reader does with links anywhere in `root`, by one
 * listener per event (links come and go with every view). `hrefOf` is the
 * link's key, or null for a link not to prefetch. Returns the removal of the
 * listeners.
 */
export function listenForLinkIntent(
  root: Document,
  intent: PrefetchIntent,
  hrefOf: (link: HTMLAnchorElement) => string | null,
): () => void {
  const on = (link: HTMLAnchorElement | null, act: (href: string) => void) => {
    const href = link === null ? null : hrefOf(link);
    if (href !== null) act(href);
  };
  // Mouse only: a touch has its own event, and a pen's hover is too brief to mean anything. Moving between a
  // link's own children (relatedTarget in the same link) is neither entering nor leaving it.
  const over = (event: PointerEvent) => {
    const link = linkAt(event.target);
    if (event.pointerType === 'mouse' && link !== linkAt(event.relatedTarget)) on(link, intent.pointerEnter);
  };
  const out = (event: PointerEvent) => {
    const link = linkAt(event.target);
    if (event.pointerType === 'mouse' && link !== linkAt(event.relatedTarget)) on(link, intent.pointerLeave);
  };
  // A mouse click focuses the link too (in Chromium and Firefox): that is the click itself, which the router
  // loads. Focus counts when it is the keyboard's, the focus the browser shows.
  const focus = (event: FocusEvent) => {
    const link = linkAt(event.target);
    if (link?.matches(':focus-visible') === true) on(link, intent.focus);
  };
  const touch = (event: TouchEvent) => {
    on(linkAt(event.target), intent.touch);
  };
  const click = (event: MouseEvent) => {
    on(linkAt(event.target), intent.click);
  };
  root.addEventListener('pointerover', over);
  root.addEventListener('pointerout', out);
  root.addEventListener('focusin', focus);
  // Passive: the prefetcher never delays a scroll.
  root.addEventListener('touchstart', touch, { passive: true });
  root.addEventListener('click', click);
  return () => {
    root.removeEventListener('pointerover', over);
    root.removeEventListener('pointerout', out);
    root.removeEventListener('focusin', focus);
    root.removeEventListener('touchstart', touch);
    root.removeEventListener('click', click);
  };
}

/** The Network Information API's data saver; only Chromium has it, so elsewhere it is off. */
export function saveDataOn(): boolean {
  const connection: unknown = 'connection' in navigator ? navigator.connection : undefined;
  return (
    typeof connection === 'object' && connection !== null && 'saveData' in connection && connection.saveData === true
  );
}

/** Runs `start` when the browser has nothing else to do, or after 2 s of a busy page, whichever comes first. */
function whenIdle(start: () => void): void {
  if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(start, { timeout: 2_000 });
  // Safari has no requestIdleCallback.
  else setTimeout(start, 200);
}

/**
 * Once the browser is idle: loaders share their pages' and data files' answers through the
 * cache from now on, and links prefetch the routes of `routes` they lead to.
 */
export function startLinkPrefetch(routes: RouteObject[], basename: string): void {
  whenIdle(() => {
    // The prerender never loads this module, so its fetch stays its own.
    startDataCache();
    const intent = createPrefetchIntent({
      saveData: saveDataOn,
      prefetch: (href) => prefetchRoute(routes, new URL(href, window.location.origin), basename),
    });
    listenForLinkIntent(document, intent, (link) => prefetchableHref(link, window.location, basename));
  });
}
