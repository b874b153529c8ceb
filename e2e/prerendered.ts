/**
 * Was the prerendered page hydrated, or thrown away and rendered again?
 *
 * `rememberPrerenderedRoot` (before `page.goto`) keeps the first element the
 * static HTML put in #root, taken when parsing ends and before any module
 * script runs. `expectHydrated` then waits until React has adopted that very
 * element: hydration reuses the server's nodes (and marks them with its
 * internal fiber key), a client render replaces them. A hydration mismatch
 * is also a console error, which the shared fixture fails on.
 */
import { expect, type Page } from './fixtures.ts';

declare global {
  interface Window {
    /** #root's first element as the static HTML had it. */
    e2ePrerenderedNode?: Element | null;
  }
}

export async function rememberPrerenderedRoot(page: Page): Promise<void> {
  await page.addInitScript(() => {
    document.addEventListener('readystatechange', () => {
      // "interactive": the HTML is parsed; deferred and module scripts run only after this.
      if (document.readyState === 'interactive') {
        window.e2ePrerenderedNode = document.getElementById('root')?.firstElementChild ?? null;
      }
    });
  });
}

export async function expectHydrated(page: Page): Promise<void> {
  await expect
    .poll(() =>
      page.evaluate(() => {
        const node = window.e2ePrerenderedNode;
        if (node === undefined) return 'rememberPrerenderedRoot was not called before the page loaded';
        if (node === null) return 'the HTML had nothing prerendered in #root';
        if (!node.isConnected) return 'the prerendered content was replaced';
        // React's internal marker on a DOM node it owns: present once hydration has adopted the node.
        return Object.keys(node).some((key) => key.startsWith('__reactFiber$')) ? 'hydrated' : 'not hydrated yet';
      }),
    )
    .toBe('hydrated');
}

/** Opens `path` and waits until the app has hydrated it: for journeys that need the app, not only the page. */
export async function gotoHydrated(page: Page, path: string): Promise<void> {
  await rememberPrerenderedRoot(page);
  await page.goto(path);
  await expectHydrated(page);
}

/**
 * Waits until React owns #root, hydrated or rendered afresh (an unknown address is served 404.html, which the
 * app renders again for the address it has): only then has the app handled the address, so a test that
 * expects nothing thrown or logged has seen what the app does, not only the static page.
 */
export async function expectAppRunning(page: Page): Promise<void> {
  await expect
    .poll(() =>
      page.evaluate(() => {
        const node = document.getElementById('root')?.firstElementChild;
        return node !== null && node !== undefined && Object.keys(node).some((key) => key.startsWith('__reactFiber$'));
      }),
    )
    .toBe(true);
}
