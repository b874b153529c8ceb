/**
 * `npm run dev` only (main.tsx calls it behind `import.meta.hot`, which a build
 * leaves out): listens for the dev server's content-edited message from the
 * app's start, and acts on each once the code that refreshes the view has
 * loaded (dev-content-refresh.ts, a module of its own so that no build carries
 * it). Listening only once that code had loaded lost an edit saved in the
 * meantime: the first view can show before it arrives.
 *
 * An edit saved while the page itself was loading, before anything listened,
 * is caught up with too: once listening, the page tells the server which read
 * of the folder its HTML was made from, and the server answers with what it
 * missed (scripts/vite/content-version.ts).
 */
import { CONTENT_EDITED_EVENT, CONTENT_VERSION_EVENT, CONTENT_VERSION_META } from '../lib/dev-content-event.ts';

/** What this needs of Vite's `import.meta.hot`: `on` hears the server, `send` speaks to it. */
export type HotContext = {
  on: (event: string, handler: () => void) => void;
  send: (event: string, data: { version: number }) => void;
};

/** The content version the dev server made this page from; null when the page names none. */
export function pageContentVersion(doc: Document): number | null {
  const content = doc.querySelector(`meta[name="${CONTENT_VERSION_META}"]`)?.getAttribute('content');
  if (content === null || content === undefined || !/^\d+$/.test(content)) return null;
  return Number(content);
}

/**
 * `refresh` settles to what to do after each edit; edits that come before it settles are acted on once it has.
 * `version` is the page's (pageContentVersion).
 */
export function followContentEdits(hot: HotContext, refresh: Promise<() => void>, version: number | null): void {
  hot.on(CONTENT_EDITED_EVENT, () => {
    void refresh.then((afterEdit) => {
      afterEdit();
    });
  });
  // Only now that the answer has a listener.
  if (version !== null) hot.send(CONTENT_VERSION_EVENT, { version });
}
