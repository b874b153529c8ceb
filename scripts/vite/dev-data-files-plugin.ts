/**
 * The dev server answers the data files (`data/…json`) that a build writes,
 * and gives the page-islands plugin each address's data, each made from the
 * current content when it is asked for
 * (src/build/view-model/page-data-lookup.ts): with 10,000 articles, making
 * every file after each edit took seconds.
 */
import type { Plugin } from 'vite';

import type { Content } from '../../src/build/view-model/catalogue.ts';
import { createPageDataLookup, type PageDataLookup } from '../../src/build/view-model/page-data-lookup.ts';
import { DATA_DIR } from '../../src/lib/content/data-paths.ts';
import type { ContentState } from './content-state.ts';
import { devImageUrls } from './dev-content-images-plugin.ts';
import { contentMiddleware } from './content-middleware.ts';

/** One lookup per version of the content (and base), whoever asks: what it made stays made until the next edit. */
const lookups = new WeakMap<Content, Map<string, PageDataLookup>>();

/** The lookup for the content as it is now; undefined while the content has problems. */
function devLookup(state: ContentState, base: string): PageDataLookup | undefined {
  if (!state.loaded.ok) return undefined;
  const { content } = state.loaded;
  let byBase = lookups.get(content);
  if (byBase === undefined) {
    byBase = new Map();
    lookups.set(content, byBase);
  }
  let lookup = byBase.get(base);
  if (lookup === undefined) {
    lookup = createPageDataLookup(content, devImageUrls(base));
    byBase.set(base, lookup);
  }
  return lookup;
}

/** The data of the page at `address` inside the site, for its island; undefined as for devDataForPath. */
export function devDataForAddress(state: ContentState, base: string, address: string): unknown {
  return devLookup(state, base)?.dataForAddress(address);
}

/**
 * The data of the file at `dataPath` (relative to the base: `data/tag-filter.json`) from the content as it is now;
 * undefined when the site has no such file, or while the content has problems. The data files' middleware answers
 * with it; anything else on the dev server that needs an address's data can call it too.
 */
export function devDataForPath(state: ContentState, base: string, dataPath: string): unknown {
  return devLookup(state, base)?.dataForPath(dataPath);
}

export function devDataFilesPlugin(state: ContentState): Plugin {
  return {
    name: 'broadsheet:dev-data-files',
    apply: 'serve',

    configureServer(server) {
      const base = server.config.base;
      const prefix = `${base}${DATA_DIR}/`;
      // The lookup is made as soon as the content is read, while the browser (re)loads the app, not when it asks.
      const prepare = () => {
        setImmediate(() => devLookup(state, base));
      };
      void state.firstLoad.then(prepare);
      state.onReload.add(prepare);
      server.middlewares.use(
        contentMiddleware(state, prefix, (url, res) => {
          if (!state.loaded.ok) {
            res.statusCode = 503;
            res.setHeader('content-type', 'text/plain; charset=utf-8');
            res.end(`Content problems:\n${state.loaded.report}`);
            return;
          }
          const file = devDataForPath(state, base, url.slice(base.length));
          res.statusCode = file === undefined ? 404 : 200;
          res.setHeader('content-type', 'application/json; charset=utf-8');
          res.setHeader('cache-control', 'no-store');
          res.end(file === undefined ? '{"error":"not found"}' : JSON.stringify(file));
        }),
      );
    },
  };
}
