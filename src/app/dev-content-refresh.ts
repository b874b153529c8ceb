/**
 * `npm run dev` only (main.tsx loads it behind `import.meta.hot`, which a
 * build leaves out): when the dev server says an article, authors.json or
 * tags.json changed, the open view's loaders run again with a fresh data
 * cache, and search fetches the index afresh, instead of the page
 * reloading. An edit then shows without the browser fetching and running
 * the app's hundred modules again, and the page keeps its scroll position
 * and focus.
 */
import { startDataCache } from '../lib/content/data-cache.ts';
import { CONTENT_EDITED_EVENT } from '../lib/dev-content-event.ts';
import { forgetSearchFiles } from '../features/search/run-search.ts';

/** What this needs of Vite's `import.meta.hot`. */
type HotContext = { on: (event: string, handler: () => void) => void };

export function refreshOnContentEdits(hot: HotContext, router: { revalidate: () => Promise<void> }): void {
  hot.on(CONTENT_EDITED_EVENT, () => {
    // What the caches hold is the content before the edit, the search index's files included.
    startDataCache();
    forgetSearchFiles();
    void router.revalidate();
  });
}
