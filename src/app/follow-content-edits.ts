/**
 * `npm run dev` only (main.tsx calls it behind `import.meta.hot`, which a build
 * leaves out): listens for the dev server's content-edited message from the
 * app's start, and acts on each once the code that refreshes the view has
 * loaded (dev-content-refresh.ts, a module of its own so that no build carries
 * it). Listening only once that code had loaded lost an edit saved in the
 * meantime: the first view can show before it arrives.
 */
import { CONTENT_EDITED_EVENT } from '../lib/dev-content-event.ts';

/** What this needs of Vite's `import.meta.hot`. */
export type HotContext = { on: (event: string, handler: () => void) => void };

/** `refresh` settles to what to do after each edit; edits that come before it settles are acted on once it has. */
export function followContentEdits(hot: HotContext, refresh: Promise<() => void>): void {
  hot.on(CONTENT_EDITED_EVENT, () => {
    void refresh.then((afterEdit) => {
      afterEdit();
    });
  });
}
