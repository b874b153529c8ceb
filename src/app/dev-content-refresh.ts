/**
 * `npm run dev` only (main.tsx loads it behind `import.meta.hot`, which a
 * build leaves out; follow-content-edits.ts calls it on each of the dev
 * server's content-edited messages): the open view's loaders run again with a
 * fresh data cache, and search fetches the index afresh, instead of the page
 * reloading. An edit then shows without the browser fetching and running the
 * app's hundred modules again, and the page keeps its scroll position and
 * focus.
 */
import { startDataCache } from '../lib/content/data-cache.ts';
import { forgetSearchFiles } from '../features/search/run-search.ts';

/** After an article, authors.json or tags.json changed: what the caches hold is the content before the edit. */
export function refreshAfterContentEdit(router: { revalidate: () => Promise<void> }): void {
  startDataCache();
  forgetSearchFiles();
  void router.revalidate();
}
