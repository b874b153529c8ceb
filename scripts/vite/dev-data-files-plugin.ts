/**
 * The dev server answers the data files (`data/…json`) that a build writes,
 * made from the current content on the first request after each change.
 */
import type { Plugin } from 'vite';

import { buildPageData } from '../../src/build/view-model/page-data.ts';
import { DATA_DIR } from '../../src/lib/content/data-paths.ts';
import type { ContentState } from './content-state.ts';
import { devImageUrls } from './dev-content-images-plugin.ts';
import { decodedPathname } from './request-path.ts';

export function devDataFilesPlugin(state: ContentState): Plugin {
  return {
    name: 'broadsheet:dev-data-files',
    apply: 'serve',

    configureServer(server) {
      const base = server.config.base;
      let files: Map<string, unknown> | null = null;
      state.onReload.add(() => {
        files = null;
      });
      /** The data files by path; null while the content has problems. */
      const dataFiles = (): Map<string, unknown> | null => {
        if (!state.loaded.ok) return null;
        files ??= new Map(
          buildPageData(state.loaded.content, devImageUrls(state.loaded.content, base)).files.map((file) => [
            file.path,
            file.data,
          ]),
        );
        return files;
      };

      const prefix = `${base}${DATA_DIR}/`;
      server.middlewares.use((req, res, next) => {
        const url = decodedPathname(req.url);
        if (!url.startsWith(prefix)) {
          next();
          return;
        }
        const current = dataFiles();
        if (current === null) {
          res.statusCode = 503;
          res.setHeader('content-type', 'text/plain; charset=utf-8');
          res.end(`Content problems:\n${state.loaded.ok ? '' : state.loaded.report}`);
          return;
        }
        const file = current.get(url.slice(base.length));
        res.statusCode = file === undefined ? 404 : 200;
        res.setHeader('content-type', 'application/json; charset=utf-8');
        res.setHeader('cache-control', 'no-store');
        res.end(file === undefined ? '{"error":"not found"}' : JSON.stringify(file));
      });
    },
  };
}
