/**
 * Transforms the app and each view it may open as soon as the content has
 * been read (state.firstLoad), before the browser asks for them. Vite's own
 * `server.warmup` starts at once: with 10,000 articles it took the CPU the
 * first read needs, and the first page came later (bench:dev).
 */
import type { Plugin } from 'vite';

import type { ContentState } from './content-state.ts';

/** `urls`: modules as the browser asks for them, `/src/app/main.tsx`. */
export function warmupPlugin(state: ContentState, urls: readonly string[]): Plugin {
  return {
    name: 'broadsheet:warmup',
    apply: 'serve',

    configureServer(server) {
      // Run after every plugin's configureServer: the content loader's sets state.firstLoad.
      return () => {
        void state.firstLoad.then(async () => {
          await Promise.all(urls.map((url) => server.environments.client.warmupRequest(url)));
        });
      };
    },
  };
}
